#pragma once

#include "gactlcontext.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>

namespace ga {

class InventoryCommand;

// gactl as an object: built from parsed options and an environment, it sets up the client,
// the journal and the watchers, runs one command and emits finished(exitCode).
class Gactl final : public QObject
{
    Q_OBJECT

public:
    Gactl(GactlOptions options, QProcessEnvironment environment, QTextStream &out, QTextStream &err,
          QObject *parent = nullptr);
    ~Gactl() override;

    // Asked before a dissociation without --yes; the default reads a terminal.
    void setConfirm(std::function<std::optional<bool>(const QString &)> confirm);
    void setJournalPath(const QString &path) { m_journalPath = path; }

    void run();

signals:
    void finished(int exitCode);

private:
    QString setUp();

    GactlContext m_context;
    QProcessEnvironment m_environment;
    QString m_journalPath;
    std::unique_ptr<OperationJournal> m_journal;
    bool m_finished = false;
};

// Reads a yes/no answer from the terminal; nullopt when stdin is not one.
std::optional<bool> confirmOnTerminal(const QString &question);

} // namespace ga
