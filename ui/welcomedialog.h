#pragma once

#include <QDialog>

class QCommandLinkButton;

namespace ga {

// The first run, before any credentials exist: what the console needs, in plain words, and
// the three ways to start: add an AccessKey, import the aliyun CLI's profiles, or try the demo.
// It only says which was chosen; ConsoleSession (app/consolesession.cpp) does it.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);

    QCommandLinkButton *addAccessKeyButton() const { return m_add; }
    QCommandLinkButton *importButton() const { return m_import; }
    QCommandLinkButton *demoButton() const { return m_demo; }

signals:
    void addAccessKeyChosen();
    void importChosen();
    void demoChosen();

private:
    QCommandLinkButton *m_add;
    QCommandLinkButton *m_import;
    QCommandLinkButton *m_demo;
};

} // namespace ga
