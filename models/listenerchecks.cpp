#include "listenerchecks.h"

#include <QCoreApplication>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::AccountCertificateModel)
};

QString listenerOf(const QString &key)
{
    return key.left(key.indexOf(u'/'));
}

} // namespace

QString ListenerChecks::whyNot(const QString &key, const QString &domain,
                               const QString &listenerId) const
{
    if (m_dissociating.contains(key))
        return Text::tr("%1 is being dissociated from listener %2 already.")
            .arg(domain, listenerId);
    return {};
}

bool ListenerChecks::set(const QString &key, bool checked)
{
    if (checked == m_checked.contains(key))
        return false;
    const QString listenerId = listenerOf(key);
    if (checked) {
        m_checked.insert(key);
        ++m_perListener[listenerId];
    } else {
        m_checked.remove(key);
        if (--m_perListener[listenerId] <= 0)
            m_perListener.remove(listenerId);
    }
    return true;
}

} // namespace ga
