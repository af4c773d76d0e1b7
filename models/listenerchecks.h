#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace ga {

// Which rows of the account's Certificates view are checked for a retire plan (by row key,
// "<listener ID>/<domain>"), and how many on each listener. There is no limit per listener:
// the plan splits a listener's domains into requests of at most ten (core/plans). Rows a
// change is dissociating cannot be checked.
class ListenerChecks
{
public:
    bool isChecked(const QString &key) const { return m_checked.contains(key); }
    int count() const { return int(m_checked.size()); }
    int listenerCount() const { return int(m_perListener.size()); }
    const QSet<QString> &keys() const { return m_checked; }
    // Why the row cannot be checked now, in the UI language; empty when it can.
    QString whyNot(const QString &key, const QString &domain, const QString &listenerId) const;
    // Checks or unchecks; true when that changed anything.
    bool set(const QString &key, bool checked);

    void setDissociating(const QSet<QString> &keys) { m_dissociating = keys; }
    const QSet<QString> &dissociating() const { return m_dissociating; }
    bool isDissociating(const QString &key) const { return m_dissociating.contains(key); }

private:
    QSet<QString> m_checked;
    QHash<QString, int> m_perListener;
    QSet<QString> m_dissociating;
};

} // namespace ga
