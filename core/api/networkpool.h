#pragma once

#include "transportoptions.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <vector>

class QByteArray;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrl;

namespace ga {

// One client's way onto the network: as many QNetworkAccessManagers as the scheduler's window
// needs, so that the window, not Qt, bounds the requests in flight (docs/architecture.md,
// Scheduling and retry). Qt 6.4 opens at most six HTTP/1.1 connections per host and manager
// (QHttpNetworkConnectionPrivate::defaultHttpChannelCount in qhttpnetworkconnection.cpp) and
// queues every further request inside the manager; QHttp1Configuration, which raises that
// number, is Qt 6.8. So the requests to one host fill a manager to six, then the next, made
// when it is first needed and given the same proxy (TLS is set per request). A host that
// answered over HTTP/2 multiplexes on one connection, so its requests from then on all go to
// the manager that holds it.
class NetworkPool final : public QObject
{
    Q_OBJECT

public:
    static constexpr int connectionsPerManager = 6; // Qt 6.4's, per host (see above)

    // Room for `maxInFlight` requests at once to one host: the scheduler's cap.
    explicit NetworkPool(int maxInFlight, QObject *parent = nullptr);
    ~NetworkPool() override;

    // The proxy of every manager, present and future (applyProxy), and the connection limit
    // (TransportOptions::maxConnections). Returns the error for a bad proxy URL, else empty.
    QString configure(const TransportOptions &transport);

    // Posts through the manager whose turn it is for the request's host. The reply belongs to
    // that manager, as with QNetworkAccessManager::post().
    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &body);

    int maxManagers() const { return m_maxManagers; }
    int managerCount() const { return int(m_members.size()); }
    QNetworkAccessManager *manager(int index) const { return m_members.at(index).manager; }
    // Requests to the endpoint of `url` (scheme, host, port) posted and not finished yet.
    int inFlight(const QUrl &url) const;
    int inFlight(const QUrl &url, int managerIndex) const;
    // True once that endpoint answered over HTTP/2.
    bool isMultiplexed(const QUrl &url) const;

private:
    struct Member
    {
        QNetworkAccessManager *manager;
        QHash<QString, int> inFlight; // by origin
    };

    static QString origin(const QUrl &url);
    int pick(const QString &origin);
    void add();

    std::vector<Member> m_members;
    QHash<QString, int> m_multiplexedBy; // origin: the manager holding its HTTP/2 connection
    TransportOptions m_transport;
    int m_maxInFlight;
    int m_maxManagers;
};

} // namespace ga
