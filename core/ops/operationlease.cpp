#include "operationlease.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ga {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ga::ops)
};

std::unique_ptr<QLockFile> lockFileFor(const QString &directory, const QString &operationId)
{
    auto lock
        = std::make_unique<QLockFile>(directory + u'/' + OperationLease::fileNameFor(operationId));
    // Only a holder that is gone makes a lock stale, never its age: a change is watched for
    // minutes, and QLockFile's default would count a 30-second-old lock as abandoned.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

OperationLease::OperationLease(const QString &directory, const QString &operationId,
                               QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_operationId(operationId)
    , m_lock(lockFileFor(directory, operationId))
{ }

OperationLease::~OperationLease()
{
    release();
}

QString OperationLease::directoryFor(const QString &journalPath)
{
    return QFileInfo(journalPath).absolutePath() + QStringLiteral("/leases");
}

QString OperationLease::fileNameFor(const QString &operationId)
{
    return QString::fromLatin1(
               QCryptographicHash::hash(operationId.toUtf8(), QCryptographicHash::Sha256).toHex())
        + QStringLiteral(".lock");
}

qint64 OperationLease::holderOf(const QString &directory, const QString &operationId)
{
    const std::unique_ptr<QLockFile> lock = lockFileFor(directory, operationId);
    // No lock file, no holder: the common case touches nothing.
    if (!QFile::exists(lock->fileName()))
        return 0;
    if (lock->tryLock(0)) {
        lock->unlock(); // a stale lock, cleared; nobody holds it now
        return 0;
    }
    qint64 pid = 0;
    if (lock->error() != QLockFile::LockFailedError || !lock->getLockInfo(&pid, nullptr, nullptr))
        return 0;
    return pid;
}

bool OperationLease::acquire()
{
    if (m_lock->isLocked())
        return true;
    m_holderPid = 0;
    m_error.clear();
    if (!QDir().mkpath(m_directory)) {
        m_error = Text::tr("Cannot create the lease folder %1").arg(m_directory);
        return false;
    }
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_lock->getLockInfo(&m_holderPid, nullptr, nullptr);
        m_error = Text::tr("%1 is running in another process (PID %2)")
                      .arg(m_operationId)
                      .arg(m_holderPid);
    } else {
        m_error = Text::tr("Cannot take the lease %1 on operation %2")
                      .arg(m_lock->fileName(), m_operationId);
    }
    return false;
}

void OperationLease::release()
{
    m_lock->unlock();
}

bool OperationLease::isHeld() const
{
    return m_lock->isLocked();
}

QString OperationLease::path() const
{
    return m_lock->fileName();
}

} // namespace ga
