#pragma once

// A tiny HTTP proxy for tests, on a free loopback port. It takes absolute-form requests
// (`POST http://127.0.0.1:41234/?Action=... HTTP/1.1`), forwards them in origin form with
// "Connection: close" (one request per connection, so every request is counted), and CONNECT
// tunnels (`CONNECT ga.example:443`), piping bytes both ways. Every connection goes to
// 127.0.0.1: to the port the request names, or to `upstreamPort` when it is set, so a name
// that resolves nowhere still reaches the emulator, and only through here. With credentials
// set it answers 407 until the request carries them (Basic).

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace ga::test {

class ForwardProxy : public QTcpServer
{
public:
    explicit ForwardProxy(quint16 upstreamPort = 0)
        : m_upstreamPort(upstreamPort)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    void requireCredentials(const QString &user, const QString &password)
    {
        m_expectedAuthorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
    }

    int forwarded() const { return m_forwarded; } // absolute-form requests passed on
    int tunnels() const { return m_tunnels; } // CONNECT tunnels opened
    int challenges() const { return m_challenges; } // 407 answers
    int total() const { return m_forwarded + m_tunnels; }
    const QStringList &targets() const { return m_targets; } // request targets, in order

private:
    struct Connection
    {
        QByteArray head;
        QTcpSocket *upstream = nullptr;
        bool tunnel = false;
        bool connected = false;
        bool responseHeadSeen = false;
        QByteArray responseHead;
    };

    void serve(QTcpSocket *client)
    {
        auto state = std::make_shared<Connection>();
        connect(client, &QTcpSocket::disconnected, client, [client, state] {
            if (state->upstream)
                state->upstream->disconnectFromHost();
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, client, [this, client, state] {
            if (state->upstream) {
                state->upstream->write(client->readAll());
                return;
            }
            state->head += client->readAll();
            const qsizetype end = state->head.indexOf("\r\n\r\n");
            if (end >= 0)
                startForwarding(client, state, end);
        });
    }

    static void refuse(QTcpSocket *client, const QByteArray &status, const QByteArray &extra = {})
    {
        client->write("HTTP/1.1 " + status + "\r\n" + extra
                      + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    }

    void startForwarding(QTcpSocket *client, const std::shared_ptr<Connection> &state,
                         qsizetype end)
    {
        const QByteArray rest = state->head.mid(end + 4);
        QList<QByteArray> lines = state->head.left(end).split('\n');
        for (QByteArray &line : lines)
            line = line.trimmed();
        const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
        if (requestLine.size() != 3)
            return refuse(client, "400 Bad Request");
        const QByteArray method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        QByteArray authorization;
        QList<QByteArray> headers;
        for (const QByteArray &line : std::as_const(lines)) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            if (name == "proxy-authorization")
                authorization = line.mid(line.indexOf(':') + 1).trimmed();
            else if (name != "connection" && name != "proxy-connection" && name != "keep-alive")
                headers << line;
        }
        if (!m_expectedAuthorization.isEmpty() && authorization != m_expectedAuthorization) {
            ++m_challenges;
            return refuse(client, "407 Proxy Authentication Required",
                          "Proxy-Authenticate: Basic realm=\"ga-test\"\r\n");
        }

        quint16 port = 0;
        QByteArray forward;
        state->tunnel = method == "CONNECT";
        if (state->tunnel) {
            port = quint16(target.mid(target.lastIndexOf(':') + 1).toUInt());
        } else {
            const QUrl url(QString::fromLatin1(target));
            if (url.scheme() != u"http" || url.host().isEmpty())
                return refuse(client, "400 Bad Request");
            port = quint16(url.port(80));
            forward = method + ' ' + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                + " HTTP/1.1\r\n" + headers.join("\r\n") + "\r\nConnection: close\r\n\r\n" + rest;
        }
        if (m_upstreamPort)
            port = m_upstreamPort;
        m_targets << QString::fromLatin1(target);
        ++(state->tunnel ? m_tunnels : m_forwarded);

        state->upstream = new QTcpSocket(client);
        QTcpSocket *upstream = state->upstream;
        connect(upstream, &QTcpSocket::connected, client, [client, upstream, state, forward, rest] {
            state->connected = true;
            if (state->tunnel) {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                upstream->write(rest);
            } else {
                upstream->write(forward);
            }
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, state] {
            if (state->tunnel || state->responseHeadSeen)
                return void(client->write(upstream->readAll()));
            // Say "Connection: close" to the client too, so it never reuses this connection
            // and each of its requests is seen (and counted) here.
            state->responseHead += upstream->readAll();
            const qsizetype end = state->responseHead.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            state->responseHeadSeen = true;
            QList<QByteArray> lines = state->responseHead.left(end).split('\n');
            QByteArray head;
            for (QByteArray line : std::as_const(lines)) {
                line = line.trimmed();
                if (!line.toLower().startsWith("connection:"))
                    head += line + "\r\n";
            }
            client->write(head + "Connection: close\r\n\r\n" + state->responseHead.mid(end + 4));
        });
        connect(upstream, &QTcpSocket::disconnected, client,
                [client] { client->disconnectFromHost(); });
        connect(upstream, &QTcpSocket::errorOccurred, client, [client, state] {
            if (!state->connected)
                refuse(client, "502 Bad Gateway");
        });
        upstream->connectToHost(QHostAddress::LocalHost, port);
    }

    quint16 m_upstreamPort = 0;
    QByteArray m_expectedAuthorization;
    int m_forwarded = 0;
    int m_tunnels = 0;
    int m_challenges = 0;
    QStringList m_targets;
};

} // namespace ga::test
