#include "profiledialog.h"

#include "auth/aliyunconfigimport.h"
#include "auth/profilestore.h"
#include "auth/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ga {

ProfileDialog::ProfileDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_aliyunPath(AliyunConfigImport::defaultPath())
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_accessKeyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_casEndpoint(new QLineEdit(this))
    , m_signature(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("Read-only: never change anything with this profile"), this))
    , m_production(new QCheckBox(tr("Production: type the listener ID to confirm a change"), this))
    , m_keychain(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QPushButton(tr("&Import aliyun CLI profiles"), this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_name->setObjectName(QStringLiteral("name"));
    m_accessKeyId->setObjectName(QStringLiteral("accessKeyId"));
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_endpoint->setObjectName(QStringLiteral("endpoint"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://ga.cn-hangzhou.aliyuncs.com"));
    m_casEndpoint->setObjectName(QStringLiteral("casEndpoint"));
    m_casEndpoint->setPlaceholderText(tr("each certificate's site (cas.aliyuncs.com, "
                                         "cas.ap-southeast-1.aliyuncs.com)"));
    m_casEndpoint->setToolTip(tr("Where certificate names and expiry dates are read from "
                                 "(Certificate Management). Empty: the site each certificate "
                                 "ID names."));
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->addItem(tr("V3 (ACS3-HMAC-SHA256)"), QStringLiteral("v3"));
    m_signature->addItem(tr("V1 (HMAC-SHA1)"), QStringLiteral("v1"));
    m_readOnly->setObjectName(QStringLiteral("readOnly"));
    m_production->setObjectName(QStringLiteral("production"));
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_import->setObjectName(QStringLiteral("importAliyun"));
    auto *newProfile = new QPushButton(tr("&New"), this);
    newProfile->setObjectName(QStringLiteral("newProfile"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("AccessKey &ID"), m_accessKeyId);
    form->addRow(tr("AccessKey &secret"), m_secret);
    form->addRow(tr("&Endpoint"), m_endpoint);
    form->addRow(tr("&Certificate Management endpoint"), m_casEndpoint);
    form->addRow(tr("Si&gnature"), m_signature);
    form->addRow(m_readOnly);
    form->addRow(m_production);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newProfile);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_import);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addWidget(m_status);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keychain);
    layout->addLayout(columns);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newProfile, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        clearForm();
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &ProfileDialog::removeSelected);
    connect(m_import, &QPushButton::clicked, this, &ProfileDialog::importAliyun);
    connect(m_list, &QListWidget::currentTextChanged, this, &ProfileDialog::showProfile);

    // Say up front whether secrets can be kept, before anyone types one.
    m_keychain->setText(tr("Checking the OS keychain…"));
    m_secrets->probe()->onFinished(this, [this](const SecretJob &probe) {
        m_keychain->setText(probe.ok()
                                ? tr("Secrets are kept in %1.").arg(m_secrets->description())
                                : tr("The OS keychain cannot be used: %1 Profiles can still be "
                                     "saved, but not their secrets; use the "
                                     "ALIBABA_CLOUD_ACCESS_KEY_* variables for this session.")
                                      .arg(probe.error().message));
    });
    reloadList();
    clearForm();
}

QString ProfileDialog::statusText() const
{
    return m_status->text();
}

void ProfileDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped())
                              : text.toHtmlEscaped());
}

void ProfileDialog::setBusy(bool busy)
{
    for (QWidget *widget : { static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_remove),
                             static_cast<QWidget *>(m_import) })
        widget->setEnabled(!busy);
}

void ProfileDialog::reloadList(const QString &select)
{
    m_list->clear();
    const QList<Profile> profiles = m_profiles->profiles();
    for (const Profile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        if (profile.name == select)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void ProfileDialog::clearForm()
{
    for (QLineEdit *edit : { m_name, m_accessKeyId, m_secret, m_endpoint, m_casEndpoint })
        edit->clear();
    m_name->setReadOnly(false);
    m_secret->setPlaceholderText(QString());
    m_signature->setCurrentIndex(0);
    m_readOnly->setChecked(false);
    m_production->setChecked(false);
    m_remove->setEnabled(false);
}

void ProfileDialog::showProfile(const QString &name)
{
    const std::optional<Profile> profile = m_profiles->find(name);
    if (!profile)
        return clearForm();
    m_name->setText(profile->name);
    m_name->setReadOnly(true); // renaming would orphan the secret's key
    m_accessKeyId->setText(profile->accessKeyId);
    m_secret->clear();
    m_secret->setPlaceholderText(tr("unchanged"));
    m_endpoint->setText(profile->endpoint);
    m_casEndpoint->setText(profile->casEndpoint);
    m_signature->setCurrentIndex(
        m_signature->findData(signatureVersionName(profile->signatureVersion)));
    m_readOnly->setChecked(profile->readOnly);
    m_production->setChecked(profile->production);
    m_remove->setEnabled(true);
}

void ProfileDialog::save()
{
    Profile profile;
    profile.name = m_name->text().trimmed();
    profile.accessKeyId = m_accessKeyId->text().trimmed();
    profile.endpoint = m_endpoint->text().trimmed();
    profile.casEndpoint = normalizeEndpoint(m_casEndpoint->text());
    profile.signatureVersion = signatureVersionFromString(m_signature->currentData().toString())
                                   .value_or(SignatureVersion::V3);
    profile.readOnly = m_readOnly->isChecked();
    profile.production = m_production->isChecked();
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return setStatus(problem, true);
    const std::optional<Profile> existing = m_profiles->find(profile.name);
    const QString secret = m_secret->text();
    const bool idChanged = existing && existing->accessKeyId != profile.accessKeyId;
    if (secret.isEmpty() && (!existing || idChanged))
        return setStatus(tr("Type the AccessKey secret: it goes to the keychain, never to a file."),
                         true);

    const auto storeProfile = [this, profile, existing, idChanged] {
        if (const QString problem = m_profiles->save(profile); !problem.isEmpty())
            return setStatus(problem, true);
        if (idChanged) // the old ID's secret is no use any more
            m_secrets->remove(existing->secretKey());
        m_secret->clear();
        m_profiles->setLastUsed(profile.name); // what the console opens with next time
        setStatus(tr("Saved profile %1.").arg(profile.name));
        reloadList(profile.name);
        emit profilesChanged();
    };
    if (secret.isEmpty())
        return storeProfile();
    setBusy(true);
    m_secrets->write(profile.secretKey(), secret)
        ->onFinished(this, [this, storeProfile](const SecretJob &job) {
            setBusy(false);
            if (!job.ok())
                return setStatus(job.error().message, true);
            storeProfile();
        });
}

void ProfileDialog::removeSelected()
{
    const std::optional<Profile> profile = m_profiles->find(m_name->text());
    if (!profile)
        return;
    setBusy(true);
    // The secret goes first: if that fails the profile stays, so no secret is left orphaned.
    m_secrets->remove(profile->secretKey())
        ->onFinished(this, [this, name = profile->name](const SecretJob &job) {
            setBusy(false);
            if (!job.ok())
                return setStatus(job.error().message, true);
            if (const QString problem = m_profiles->remove(name); !problem.isEmpty())
                return setStatus(problem, true);
            setStatus(tr("Removed profile %1 and its secret.").arg(name));
            reloadList();
            clearForm();
            emit profilesChanged();
        });
}

void ProfileDialog::importAliyun()
{
    const Result<AliyunImportPlan> plan = AliyunConfigImport::read(m_aliyunPath, {}, m_profiles);
    if (!plan.ok())
        return setStatus(plan.error().message, true);
    QStringList skipped;
    for (const AliyunImportPlan::Skipped &s : plan.value().skipped)
        skipped << tr("%1 (%2): %3").arg(s.name, s.mode, s.reason);
    for (const AliyunImportPlan::SessionOnly &s : plan.value().sessionOnly)
        skipped << tr("%1 (StsToken): STS tokens are never stored; use the environment variables.")
                       .arg(s.profile.name);
    setBusy(true);
    AliyunConfigImport::apply(plan.value(), m_profiles, m_secrets, this)
        ->onFinished(this, [this, skipped](const Result<QStringList> &result) {
            setBusy(false);
            if (!result.ok())
                return setStatus(result.error().message, true);
            if (m_profiles->lastUsed().isEmpty() && !result.value().isEmpty())
                m_profiles->setLastUsed(result.value().first());
            QString text = tr("Imported %n profile(s): %1", nullptr, int(result.value().size()))
                               .arg(result.value().join(QStringLiteral(", ")));
            if (!skipped.isEmpty())
                text += u'\n' + tr("Skipped: %1").arg(skipped.join(QStringLiteral("; ")));
            setStatus(text);
            reloadList();
            emit profilesChanged();
        });
}

} // namespace ga
