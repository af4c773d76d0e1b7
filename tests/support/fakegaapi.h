#pragma once

#include "api/gaapi.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

namespace ga::test {

// GA in memory, for unit tests of what sits on GaApi (watchers, queue, operations, the
// console's controller): fast and exact where the emulator end-to-end tests are real. It
// keeps the rules the layers above depend on (docs/ga-api.md §2.6-2.8): a change answers at
// once, then the listener is "updating" until completeChanges() (or, with autoCompleteMs set,
// that long) applies it; another change on a busy accelerator is refused with
// StateError.Accelerator; a repeated ClientToken answers the first RequestId and applies
// nothing. Every job finishes on a later turn of the event loop, as GaClient's do.
class FakeGaApi final : public GaApi
{
public:
    struct Listener
    {
        ga::Listener listener;
        QList<ListenerCertificate> additional;
    };

    using GaApi::GaApi;

    // The world: one accelerator with `listeners` HTTPS listeners of `domains` domains each,
    // certificate IDs "<100000 + n>-cn-hangzhou".
    void seed(const QString &acceleratorId, int listeners, int domains)
    {
        Accelerator accelerator;
        accelerator.acceleratorId = acceleratorId;
        accelerator.name = acceleratorId + QStringLiteral("-name");
        accelerator.state = QStringLiteral("active");
        m_accelerators.append(accelerator);
        for (int l = 0; l < listeners; ++l) {
            Listener entry;
            entry.listener.listenerId = QStringLiteral("lsr-%1-%2").arg(acceleratorId).arg(l);
            entry.listener.acceleratorId = acceleratorId;
            entry.listener.protocol = QStringLiteral("https");
            entry.listener.state = QStringLiteral("active");
            for (int d = 0; d < domains; ++d) {
                ListenerCertificate certificate;
                certificate.domain
                    = QStringLiteral("d%1.l%2.%3.example.com").arg(d).arg(l).arg(acceleratorId);
                certificate.certificateId
                    = QStringLiteral("%1-cn-hangzhou").arg(100'000 + m_nextCertificate++);
                certificate.state = QStringLiteral("active");
                entry.additional.append(certificate);
            }
            m_listeners.insert(entry.listener.listenerId, entry);
            m_order.append(entry.listener.listenerId);
        }
    }

    Listener &listener(const QString &listenerId) { return m_listeners[listenerId]; }
    QStringList listenerIds() const { return m_order; }
    QStringList domainsOf(const QString &listenerId) const
    {
        QStringList domains;
        for (const ListenerCertificate &certificate : m_listeners.value(listenerId).additional)
            domains.append(certificate.domain);
        return domains;
    }

    // Answers the next `times` calls of `action` with `error` instead.
    void failNext(const QString &action, ApiError error, int times = 1)
    {
        m_failures[action] = { std::move(error), times };
    }
    // Applies every change in progress and makes their listeners "active" again.
    void completeChanges()
    {
        const auto pending = std::exchange(m_pending, {});
        for (const auto &apply : pending)
            apply();
    }
    void setAutoCompleteMs(int ms) { m_autoCompleteMs = ms; }

    int calls(const QString &action) const { return m_calls.value(action); }
    int changesApplied() const { return m_applied; }
    int cancelledJobs() const { return m_cancelled; }
    QStringList tokensSeen() const { return m_tokensSeen; }

    QString endpointText() const override { return QStringLiteral("https://fake.example"); }

    Job<QList<Accelerator>> *listAccelerators(const QString & = {}) override
    {
        return answer<QList<Accelerator>>(
            QStringLiteral("ListAccelerators"),
            [this]() -> Result<QList<Accelerator>> { return m_accelerators; });
    }
    Job<Accelerator> *describeAccelerator(const QString &acceleratorId) override
    {
        return answer<Accelerator>(QStringLiteral("DescribeAccelerator"),
                                   [this, acceleratorId]() -> Result<Accelerator> {
                                       for (const Accelerator &a : m_accelerators) {
                                           if (a.acceleratorId == acceleratorId)
                                               return a;
                                       }
                                       return notExist(QStringLiteral("NotExist.Accelerator"));
                                   });
    }
    Job<QList<ga::Listener>> *listListeners(const QString &acceleratorId) override
    {
        return answer<QList<ga::Listener>>(QStringLiteral("ListListeners"),
                                           [this, acceleratorId]() -> Result<QList<ga::Listener>> {
                                               QList<ga::Listener> listeners;
                                               for (const QString &id : m_order) {
                                                   const ga::Listener &l = m_listeners[id].listener;
                                                   if (l.acceleratorId == acceleratorId)
                                                       listeners.append(l);
                                               }
                                               return listeners;
                                           });
    }
    Job<ga::Listener> *describeListener(const QString &listenerId) override
    {
        return answer<ga::Listener>(QStringLiteral("DescribeListener"),
                                    [this, listenerId]() -> Result<ga::Listener> {
                                        if (!m_listeners.contains(listenerId))
                                            return notExist(QStringLiteral("NotExist.Listener"));
                                        return m_listeners[listenerId].listener;
                                    });
    }
    Job<QList<ListenerCertificate>> *
    listListenerCertificates(const QString &, const QString &listenerId, CertificateRole) override
    {
        return answer<QList<ListenerCertificate>>(
            QStringLiteral("ListListenerCertificates"),
            [this, listenerId]() -> Result<QList<ListenerCertificate>> {
                if (!m_listeners.contains(listenerId))
                    return notExist(QStringLiteral("NotExist.Listener"));
                return m_listeners[listenerId].additional;
            });
    }
    Job<MutationAccepted> *
    associateAdditionalCertificates(const QString &acceleratorId, const QString &listenerId,
                                    const QList<QPair<QString, QString>> &certificates,
                                    const QString &clientToken) override
    {
        return change(QStringLiteral("AssociateAdditionalCertificatesWithListener"), acceleratorId,
                      listenerId, clientToken, [certificates](Listener &entry) {
                          for (const auto &[domain, id] : certificates) {
                              ListenerCertificate certificate;
                              certificate.domain = domain;
                              certificate.certificateId = id;
                              certificate.state = QStringLiteral("active");
                              entry.additional.append(certificate);
                          }
                      });
    }
    Job<MutationAccepted> *dissociateAdditionalCertificates(const QString &acceleratorId,
                                                            const QString &listenerId,
                                                            const QStringList &domains,
                                                            const QString &clientToken) override
    {
        return change(QStringLiteral("DissociateAdditionalCertificatesFromListener"), acceleratorId,
                      listenerId, clientToken, [domains](Listener &entry) {
                          entry.additional.removeIf([&domains](const ListenerCertificate &c) {
                              return domains.contains(c.domain);
                          });
                      });
    }
    Job<MutationAccepted> *updateAdditionalCertificate(const QString &acceleratorId,
                                                       const QString &listenerId,
                                                       const QString &domain,
                                                       const QString &certificateId,
                                                       const QString &clientToken) override
    {
        return change(QStringLiteral("UpdateAdditionalCertificateWithListener"), acceleratorId,
                      listenerId, clientToken, [domain, certificateId](Listener &entry) {
                          for (ListenerCertificate &c : entry.additional) {
                              if (c.domain == domain)
                                  c.certificateId = certificateId;
                          }
                      });
    }
    // Passes when the listener has the domain, as GA's DryRun checks it; changes nothing.
    Job<MutationAccepted> *checkUpdateAdditionalCertificate(const QString &,
                                                            const QString &listenerId,
                                                            const QString &domain,
                                                            const QString &) override
    {
        return answer<MutationAccepted>(
            QStringLiteral("UpdateAdditionalCertificateWithListener.DryRun"),
            [this, listenerId, domain]() -> Result<MutationAccepted> {
                if (!domainsOf(listenerId).contains(domain))
                    return notExist(QStringLiteral("NotExist.Certificate"));
                return MutationAccepted { QStringLiteral("dry-run-request"), listenerId };
            });
    }

private:
    template<typename T> class ReadyJob final : public Job<T>
    {
    public:
        ReadyJob(std::function<Result<T>()> produce, int *cancelled, QObject *parent)
            : Job<T>(parent)
            , m_cancelled(cancelled)
        {
            QTimer::singleShot(0, this,
                               [this, produce = std::move(produce)] { this->finish(produce()); });
        }
        void cancel() override
        {
            if (this->isFinished())
                return;
            ++*m_cancelled;
            ApiError error;
            error.kind = ApiError::Kind::Cancelled;
            this->finish(error);
        }

    private:
        int *m_cancelled;
    };

    static ApiError serviceError(const QString &code)
    {
        ApiError error;
        error.kind = ApiError::Kind::Service;
        error.httpStatus = 400;
        error.code = code;
        error.message = code;
        error.requestId = QStringLiteral("FAKE-ERROR");
        return error;
    }
    static ApiError notExist(const QString &code) { return serviceError(code); }

    template<typename T> Job<T> *answer(const QString &action, std::function<Result<T>()> produce)
    {
        ++m_calls[action];
        if (auto it = m_failures.find(action); it != m_failures.end() && it->second > 0) {
            const ApiError error = it->first;
            if (--it->second == 0)
                m_failures.erase(it);
            return new ReadyJob<T>([error]() -> Result<T> { return error; }, &m_cancelled, this);
        }
        return new ReadyJob<T>(std::move(produce), &m_cancelled, this);
    }

    bool acceleratorBusy(const QString &acceleratorId) const
    {
        for (const Listener &entry : m_listeners) {
            if (entry.listener.acceleratorId == acceleratorId
                && !isActiveState(entry.listener.state))
                return true;
        }
        return false;
    }

    Job<MutationAccepted> *change(const QString &action, const QString &acceleratorId,
                                  const QString &listenerId, const QString &clientToken,
                                  std::function<void(Listener &)> apply)
    {
        return answer<MutationAccepted>(action, [=, this]() -> Result<MutationAccepted> {
            m_tokensSeen.append(clientToken);
            if (const QString first = m_requestByToken.value(clientToken); !first.isEmpty())
                return MutationAccepted { first, listenerId };
            if (!m_listeners.contains(listenerId))
                return notExist(QStringLiteral("NotExist.Listener"));
            if (acceleratorBusy(acceleratorId))
                return serviceError(QStringLiteral("StateError.Accelerator"));
            const QString requestId = QStringLiteral("FAKE-%1").arg(++m_requests);
            m_requestByToken.insert(clientToken, requestId);
            m_listeners[listenerId].listener.state = QStringLiteral("updating");
            m_pending.append([this, listenerId, apply] {
                Listener &entry = m_listeners[listenerId];
                apply(entry);
                entry.listener.state = QStringLiteral("active");
                ++m_applied;
            });
            if (m_autoCompleteMs >= 0)
                QTimer::singleShot(m_autoCompleteMs, this, [this] { completeChanges(); });
            return MutationAccepted { requestId, listenerId };
        });
    }

    QList<Accelerator> m_accelerators;
    QHash<QString, Listener> m_listeners;
    QStringList m_order;
    QHash<QString, std::pair<ApiError, int>> m_failures;
    QHash<QString, int> m_calls;
    QHash<QString, QString> m_requestByToken;
    QList<std::function<void()>> m_pending;
    QStringList m_tokensSeen;
    int m_nextCertificate = 0;
    int m_requests = 0;
    int m_applied = 0;
    int m_cancelled = 0;
    int m_autoCompleteMs = -1;
};

} // namespace ga::test
