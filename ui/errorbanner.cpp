#include "errorbanner.h"

#include "stateicon.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ga {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_copy(new QPushButton(tr("Copy details"), this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A red tint of the theme's own window colour, so it works on light and dark themes.
    QPalette banner = palette();
    const QColor window = banner.color(QPalette::Window);
    const QColor red(0xd0, 0x30, 0x30);
    banner.setColor(QPalette::Window,
                    QColor((window.red() * 3 + red.red()) / 4,
                           (window.green() * 3 + red.green()) / 4,
                           (window.blue() * 3 + red.blue()) / 4));
    setPalette(banner);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copyDetails"));
    m_close->setObjectName(QStringLiteral("closeBanner"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAccessibleName(tr("Close the error message"));
    m_close->setFlat(true);

    // The failed-state icon beside the words, at the text's height (SVG: sharp at any scale).
    const int iconSize = fontMetrics().height() * 3 / 2;
    m_icon->setPixmap(stateIcon(StateTone::Bad).pixmap(QSize(iconSize, iconSize)));
    m_icon->setAccessibleName(tr("Error"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_copy);
    layout->addWidget(m_close);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(details()); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_onAction;
        hide();
        if (action)
            action();
    });
    hide();
}

void ErrorBanner::showError(const QString &context, const ApiError &error,
                            const QString &actionText, std::function<void()> action)
{
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_onAction);
    m_error = error;
    m_context = context;
    QString text = QStringLiteral("<b>%1</b> %2")
                       .arg(context.toHtmlEscaped(), error.toString().toHtmlEscaped());
    if (!error.endpoint.isEmpty())
        text += QStringLiteral("<br>") + tr("Endpoint: %1").arg(error.endpoint.toHtmlEscaped());
    m_text->setText(text);
    setAccessibleDescription(details());
    show();
}

QString ErrorBanner::details() const
{
    QStringList lines { m_context };
    lines << tr("Code: %1").arg(m_error.code.isEmpty() ? kindName(m_error.kind) : m_error.code);
    lines << tr("Message: %1").arg(m_error.message);
    if (m_error.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(m_error.httpStatus);
    if (!m_error.requestId.isEmpty())
        lines << tr("RequestId: %1").arg(m_error.requestId);
    if (!m_error.endpoint.isEmpty())
        lines << tr("Endpoint: %1").arg(m_error.endpoint);
    return lines.join(u'\n');
}

} // namespace ga
