#include "proxysettingsdialog.h"

#include "net/proxysettings.h"
#include "net/proxysettingsstore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ga {

ProxySettingsDialog::ProxySettingsDialog(ProxySettingsStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_modes(new QButtonGroup(this))
    , m_none(new QRadioButton(tr("&No proxy: connect directly"), this))
    , m_system(new QRadioButton(tr("&System proxy: the desktop's settings or HTTPS_PROXY"), this))
    , m_manual(new QRadioButton(tr("&Manual proxy"), this))
    , m_type(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("proxySettingsDialog"));
    setWindowTitle(tr("Proxy settings"));
    m_none->setObjectName(QStringLiteral("noProxy"));
    m_system->setObjectName(QStringLiteral("systemProxy"));
    m_manual->setObjectName(QStringLiteral("manualProxy"));
    m_modes->addButton(m_none, int(ProxySettings::Mode::None));
    m_modes->addButton(m_system, int(ProxySettings::Mode::System));
    m_modes->addButton(m_manual, int(ProxySettings::Mode::Manual));
    m_type->setObjectName(QStringLiteral("proxyType"));
    m_type->addItem(tr("HTTP"), int(ProxySettings::Type::Http));
    m_type->addItem(tr("SOCKS5"), int(ProxySettings::Type::Socks5));
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_host->setPlaceholderText(QStringLiteral("proxy.example.com"));
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_port->setRange(0, 65535); // 0 reads as "not given" and is refused on OK
    m_port->setSpecialValueText(tr("(port)"));
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_user->setPlaceholderText(tr("optional"));
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Host"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("Pass&word"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_none);
    layout->addWidget(m_system);
    layout->addWidget(m_manual);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_modes, &QButtonGroup::idToggled, this, [this] { updateEnabled(); });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProxySettingsDialog::typeChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProxySettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showSettings(m_store->load());
}

QString ProxySettingsDialog::statusText() const
{
    return m_status->text();
}

ProxySettings ProxySettingsDialog::settings() const
{
    ProxySettings settings;
    settings.mode = ProxySettings::Mode(m_modes->checkedId());
    settings.type = ProxySettings::Type(m_type->currentData().toInt());
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.user = m_user->text().trimmed();
    settings.password = m_password->text();
    return settings;
}

void ProxySettingsDialog::showSettings(const ProxySettings &settings)
{
    m_modes->button(int(settings.mode))->setChecked(true);
    m_type->setCurrentIndex(m_type->findData(int(settings.type)));
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_user->setText(settings.user);
    m_password->clear();
    m_storedUser = settings.mode == ProxySettings::Mode::Manual ? settings.user : QString();
    m_password->setPlaceholderText(m_storedUser.isEmpty() ? QString() : tr("unchanged"));
    updateEnabled();
}

void ProxySettingsDialog::updateEnabled()
{
    const bool manual = m_manual->isChecked();
    for (QWidget *widget :
         std::initializer_list<QWidget *> { m_type, m_host, m_port, m_user, m_password })
        widget->setEnabled(manual);
}

void ProxySettingsDialog::typeChanged()
{
    // Follow the type with the port while it is still the other type's default.
    const bool socks
        = ProxySettings::Type(m_type->currentData().toInt()) == ProxySettings::Type::Socks5;
    const int from = socks ? ProxySettings::defaultHttpPort : ProxySettings::defaultSocks5Port;
    if (m_port->value() == from || m_port->value() == 0)
        m_port->setValue(socks ? ProxySettings::defaultSocks5Port : ProxySettings::defaultHttpPort);
}

void ProxySettingsDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(problem ? QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped())
                              : text.toHtmlEscaped());
}

void ProxySettingsDialog::save()
{
    const ProxySettings chosen = settings();
    // An empty password field keeps the stored password of the same user; a new user starts
    // without one, and the old user's password is deleted.
    const bool keep
        = chosen.password.isEmpty() && !chosen.user.isEmpty() && chosen.user == m_storedUser;
    const auto password
        = keep ? ProxySettingsStore::Password::Keep : ProxySettingsStore::Password::Replace;
    m_buttons->setEnabled(false);
    const QString problem = m_store->save(chosen, password, this, [this](const QString &problem) {
        m_buttons->setEnabled(true);
        if (!problem.isEmpty())
            return setStatus(problem, true);
        m_password->clear();
        setStatus(tr("Saved."));
        emit settingsSaved();
        accept();
    });
    if (!problem.isEmpty()) {
        m_buttons->setEnabled(true);
        setStatus(problem, true);
    }
}

} // namespace ga
