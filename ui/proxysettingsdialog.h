#pragma once

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QDialogButtonBox;

namespace ga {

class ProxySettingsStore;
struct ProxySettings;

// No proxy, the system's, or a manual HTTP / SOCKS5 proxy with an optional user. OK checks
// the fields, writes the password (masked) to the keychain through the store, never to the
// settings file, and closes only once everything is stored.
class ProxySettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProxySettingsDialog(ProxySettingsStore *store, QWidget *parent = nullptr);

    QString statusText() const;
    // What the fields say now (the password included).
    ProxySettings settings() const;

signals:
    // The new settings are stored; read them again with ProxySettingsStore::loadWithPassword.
    void settingsSaved();

private:
    void showSettings(const ProxySettings &settings);
    void updateEnabled();
    void typeChanged();
    void save();
    void setStatus(const QString &text, bool problem = false);

    ProxySettingsStore *m_store;
    QString m_storedUser; // the user whose password is in the keychain
    QButtonGroup *m_modes;
    QRadioButton *m_none;
    QRadioButton *m_system;
    QRadioButton *m_manual;
    QComboBox *m_type;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace ga
