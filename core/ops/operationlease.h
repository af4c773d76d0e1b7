#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

namespace ga {

// A claim on one operation ID across processes (docs/architecture.md, Journal): while a
// change runs (queued, sending, watching), the process that runs it holds its lease, so no
// other gactl or console sends or watches the same change at the same time. One QLockFile
// per operation in a `leases/` folder beside the journal, named by a hash of the ID (a
// ClientToken may hold spaces and `/`). The lock file records the holder's PID; a lock left
// by a process that is gone (killed, crashed) is stale and taken over by the next taker.
// Locks never go stale by age: a change can run for many minutes.
class OperationLease final : public QObject
{
    Q_OBJECT

public:
    OperationLease(const QString &directory, const QString &operationId, QObject *parent = nullptr);
    ~OperationLease() override;

    // `leases/` beside the journal at `journalPath`.
    static QString directoryFor(const QString &journalPath);
    // The lock file's name for an operation ID: hex of its SHA-256, then ".lock".
    static QString fileNameFor(const QString &operationId);
    // The PID of the process that holds the lease on `operationId` now, 0 when nobody does
    // (a stale lock of a process that is gone counts as nobody, and is cleared).
    static qint64 holderOf(const QString &directory, const QString &operationId);

    // Takes the lease, at once or not at all; true when it is held (by this object) after.
    bool acquire();
    void release();
    bool isHeld() const;

    const QString &operationId() const { return m_operationId; }
    QString path() const;
    // After a refused acquire(): the PID of the process holding it (0 when the refusal was
    // the disk's), and the sentence for an admin.
    qint64 holderPid() const { return m_holderPid; }
    const QString &error() const { return m_error; }

private:
    QString m_directory;
    QString m_operationId;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_holderPid = 0;
    QString m_error;
};

} // namespace ga
