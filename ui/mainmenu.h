#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;

namespace ga {

class OperationsDock;

// The menu bar desktop programs have, over the window's own actions (the tool bar keeps
// them): File (Profiles…, Proxy…, Export operations…, Quit), View (Refresh, Pause live
// refresh, Operations) and Help (Keyboard shortcuts, About GA Console). Only Export, Quit and
// the Help entries are actions of its own.
class MainMenu final : public QObject
{
    Q_OBJECT

public:
    struct WindowActions
    {
        QAction *profiles = nullptr;
        QAction *proxy = nullptr;
        QAction *refresh = nullptr;
        QAction *pause = nullptr;
        OperationsDock *operations = nullptr; // its toggle, and its export
    };

    MainMenu(QMainWindow *window, const WindowActions &actions);

    QAction *exportAction() const { return m_export; }
    QAction *quitAction() const { return m_quit; }
    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }

    // What About says: name, version, licence, and the Qt and OpenSSL versions in use.
    static QString aboutText();
    // Every action of `window` that has a shortcut, as "text\tshortcut" lines, sorted.
    static QStringList shortcutLines(const QMainWindow *window);

private:
    void showShortcuts();
    void showAbout();

    QMainWindow *m_window;
    QAction *m_export;
    QAction *m_quit;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace ga
