#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ga {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_add(new QCommandLinkButton(tr("Add an AccessKey"), this))
    , m_import(new QCommandLinkButton(tr("Import the aliyun CLI's profiles"), this))
    , m_demo(new QCommandLinkButton(tr("Try the demo"), this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to GA Console"));
    auto *title = new QLabel(tr("<h2>Welcome to GA Console</h2>"), this);
    auto *intro = new QLabel(
        tr("GA Console shows the Global Accelerator instances of your Alibaba Cloud account and "
           "the certificates of their HTTPS listeners. To read them it needs an AccessKey of "
           "the account. None is set up on this computer yet. How would you like to start?"),
        this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("welcomeText"));

    m_add->setObjectName(QStringLiteral("addAccessKey"));
    m_add->setDescription(tr("Type an AccessKey ID and its secret. The secret is kept in your "
                             "desktop's keychain, never in a file."));
    m_import->setObjectName(QStringLiteral("importAliyun"));
    m_import->setDescription(tr("Use the accounts you already set up with the aliyun command "
                                "line tool (~/.aliyun/config.json)."));
    m_demo->setObjectName(QStringLiteral("tryDemo"));
    m_demo->setDescription(tr("Look around a made-up account on this computer. Nothing is sent "
                              "to Alibaba Cloud."));
    for (QCommandLinkButton *button : { m_add, m_import, m_demo })
        button->setAccessibleDescription(button->description());
    m_add->setDefault(true);

    connect(m_add, &QCommandLinkButton::clicked, this, &WelcomeDialog::addAccessKeyChosen);
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomeDialog::importChosen);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomeDialog::demoChosen);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_add);
    layout->addWidget(m_import);
    layout->addWidget(m_demo);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace ga
