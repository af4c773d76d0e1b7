#pragma once

#include "gatypes.h"
#include "job.h"
#include "rpccall.h"

#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <map>

namespace ga {

// One RpcCall whose JSON body becomes a T.
template<typename T> class ParsedCallJob final : public Job<T>
{
public:
    using Parser = std::function<Result<T>(const QJsonObject &)>;

    ParsedCallJob(RpcCall *call, Parser parser, QObject *parent)
        : Job<T>(parent)
        , m_call(call)
    {
        QObject::connect(call, &JobBase::finished, this, [this, call, parser] {
            if (!call->result().ok())
                this->finish(call->result().error());
            else
                this->finish(parser(call->result().value()));
        });
        QObject::connect(call, &JobBase::retryScheduled, this, &JobBase::retryScheduled);
        call->start();
    }

    void cancel() override
    {
        if (m_call)
            m_call->cancel();
    }

private:
    QPointer<RpcCall> m_call;
};

// PageNumber/PageSize listings (docs/architecture.md, Paging): page 1 first, then every remaining
// page at once (the scheduler bounds how many fly), joined in page order.
template<typename T> class NumberPagedJob final : public Job<QList<T>>
{
public:
    using CallFactory = std::function<RpcCall *(int pageNumber)>;
    using PageParser = std::function<Result<Page<T>>(const QJsonObject &)>;

    NumberPagedJob(CallFactory makeCall, PageParser parser, int pageSize, QObject *parent)
        : Job<QList<T>>(parent)
        , m_makeCall(std::move(makeCall))
        , m_parser(std::move(parser))
        , m_pageSize(pageSize)
    {
        request(1);
    }

    void cancel() override
    {
        const auto calls = m_inFlight;
        for (const auto &[page, call] : calls) {
            if (call)
                call->cancel();
        }
    }

private:
    void request(int pageNumber)
    {
        RpcCall *call = m_makeCall(pageNumber);
        m_inFlight[pageNumber] = call;
        QObject::connect(call, &JobBase::finished, this,
                         [this, call, pageNumber] { pageFinished(pageNumber, call); });
        call->start();
    }

    void pageFinished(int pageNumber, RpcCall *call)
    {
        m_inFlight.erase(pageNumber);
        if (this->isFinished())
            return;
        if (!call->result().ok())
            return failAll(call->result().error());
        Result<Page<T>> page = m_parser(call->result().value());
        if (!page.ok())
            return failAll(page.error());
        const int received = int(page.value().items.size());
        m_pages[pageNumber] = std::move(page.value().items);
        if (pageNumber == 1) {
            const int total = page.value().totalCount;
            if (total > 0) {
                const int pages = (total + m_pageSize - 1) / m_pageSize;
                for (int p = 2; p <= pages; ++p)
                    request(p);
            } else if (received >= m_pageSize) {
                m_sequential = true; // no TotalCount: walk until a short page
            }
        }
        if (m_sequential && received >= m_pageSize)
            request(pageNumber + 1);
        if (m_inFlight.empty()) {
            QList<T> all;
            for (auto &[number, items] : m_pages)
                all.append(std::move(items));
            this->finish(std::move(all));
        }
    }

    void failAll(const ApiError &error)
    {
        this->finish(error);
        cancel();
    }

    CallFactory m_makeCall;
    PageParser m_parser;
    int m_pageSize;
    bool m_sequential = false;
    std::map<int, QPointer<RpcCall>> m_inFlight;
    std::map<int, QList<T>> m_pages;
};

// MaxResults/NextToken listings: follow the token until it is empty.
template<typename T> class TokenPagedJob final : public Job<QList<T>>
{
public:
    using CallFactory = std::function<RpcCall *(const QString &nextToken)>;
    using PageParser = std::function<Result<Page<T>>(const QJsonObject &)>;

    TokenPagedJob(CallFactory makeCall, PageParser parser, QObject *parent)
        : Job<QList<T>>(parent)
        , m_makeCall(std::move(makeCall))
        , m_parser(std::move(parser))
    {
        request({});
    }

    void cancel() override
    {
        if (m_call)
            m_call->cancel();
    }

private:
    void request(const QString &token)
    {
        RpcCall *call = m_makeCall(token);
        m_call = call;
        QObject::connect(call, &JobBase::finished, this, [this, call] { pageFinished(call); });
        call->start();
    }

    void pageFinished(RpcCall *call)
    {
        if (this->isFinished())
            return;
        if (!call->result().ok())
            return this->finish(call->result().error());
        Result<Page<T>> page = m_parser(call->result().value());
        if (!page.ok())
            return this->finish(page.error());
        m_items.append(std::move(page.value().items));
        const QString next = page.value().nextToken;
        if (next.isEmpty())
            return this->finish(std::move(m_items));
        if (m_seenTokens.contains(next)) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidResponse;
            error.message = QStringLiteral("The service repeated the paging token %1.").arg(next);
            return this->finish(error);
        }
        m_seenTokens.insert(next);
        request(next);
    }

    CallFactory m_makeCall;
    PageParser m_parser;
    QPointer<RpcCall> m_call;
    QList<T> m_items;
    QSet<QString> m_seenTokens;
};

} // namespace ga
