#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ga {

class ProfileStore;
class SecretStore;
struct Profile;

// Add, edit, remove and import profiles. The secret field is masked and its text goes to the
// SecretStore (the OS keychain), never to the settings; the dialog says whether the keychain
// is usable before the admin types anything into it.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);

    // Imports from this aliyun CLI config instead of ~/.aliyun/config.json (tests, --config).
    void setAliyunConfigPath(const QString &path) { m_aliyunPath = path; }
    QString statusText() const;
    // Imports the aliyun CLI's profiles, as the Import button does (the welcome page's way).
    void importAliyun();

signals:
    void profilesChanged();

private:
    void reloadList(const QString &select = {});
    void showProfile(const QString &name);
    void clearForm();
    void save();
    void removeSelected();
    void setStatus(const QString &text, bool problem = false);
    void setBusy(bool busy);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QString m_aliyunPath;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secret;
    QLineEdit *m_endpoint;
    QLineEdit *m_casEndpoint;
    QComboBox *m_signature;
    QCheckBox *m_readOnly;
    QCheckBox *m_production;
    QLabel *m_keychain;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_import;
};

} // namespace ga
