#include "mainmenu.h"

#include "operationsdock.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSslSocket>
#include <QTableWidget>
#include <QVBoxLayout>

#ifndef GA_LICENSE
#error "ui/CMakeLists.txt passes GA_LICENSE, the project's licence"
#endif

namespace ga {

MainMenu::MainMenu(QMainWindow *window, const WindowActions &actions)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(tr("&Export operations…"), window))
    , m_quit(new QAction(tr("&Quit"), window))
    , m_shortcuts(new QAction(tr("&Keyboard shortcuts"), window))
    , m_about(new QAction(tr("&About GA Console"), window))
{
    m_export->setObjectName(QStringLiteral("exportOperationsAction"));
    m_export->setToolTip(tr("Save the operation history as CSV or JSON"));
    connect(m_export, &QAction::triggered, actions.operations, &OperationsDock::chooseExportFile);

    m_quit->setObjectName(QStringLiteral("quitAction"));
    // Ctrl+Q itself: QKeySequence::Quit comes from the platform theme and is empty on some.
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    // Closing the window is how the program ends: its closeEvent saves what it keeps.
    connect(m_quit, &QAction::triggered, window, &QMainWindow::close);

    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    connect(m_shortcuts, &QAction::triggered, this, &MainMenu::showShortcuts);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainMenu::showAbout);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(actions.profiles);
    file->addAction(actions.proxy);
    file->addSeparator();
    file->addAction(m_export);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(actions.refresh);
    view->addAction(actions.pause);
    view->addSeparator();
    QAction *dock = actions.operations->toggleViewAction();
    dock->setObjectName(QStringLiteral("operationsAction"));
    view->addAction(dock);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    // Shortcuts work while the menu bar is hidden or the focus is in a dialog-less pane.
    window->addAction(m_quit);
}

QString MainMenu::aboutText()
{
    const QString openssl
        = QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : tr("not loaded");
    return tr("<h3>GA Console %1</h3>"
              "<p>A desktop console for Alibaba Cloud Global Accelerator certificates.</p>"
              "<p>Licence: %2</p>"
              "<p>Qt %3 (built with %4)<br>TLS: %5</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(GA_LICENSE),
             QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             openssl.toHtmlEscaped());
}

QStringList MainMenu::shortcutLines(const QMainWindow *window)
{
    QStringList lines;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(u'&');
        text.remove(u'…');
        const QString line = text + u'\t' + action->shortcut().toString(QKeySequence::NativeText);
        if (!lines.contains(line))
            lines.append(line);
    }
    lines.sort(Qt::CaseInsensitive);
    return lines;
}

void MainMenu::showShortcuts()
{
    // A dialog of its own, opened without a nested event loop; it goes when closed.
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    const QStringList lines = shortcutLines(m_window);
    auto *table = new QTableWidget(int(lines.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcuts"));
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < lines.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(lines[row].section(u'\t', 0, 0)));
        table->setItem(row, 1, new QTableWidgetItem(lines[row].section(u'\t', 1)));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(420, 360);
    dialog->open();
}

void MainMenu::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About GA Console"), aboutText(),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setIconPixmap(m_window->windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace ga
