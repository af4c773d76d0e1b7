#include "noticebar.h"

#include "stateicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ga {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = fontMetrics().height() * 3 / 2;
    m_icon->setPixmap(stateIcon(StateTone::Good).pixmap(QSize(iconSize, iconSize)));
    m_icon->setAccessibleName(tr("Done"));
    m_action->setObjectName(QStringLiteral("noticeAction"));
    m_close->setObjectName(QStringLiteral("closeNotice"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAccessibleName(tr("Close the message"));
    m_close->setFlat(true);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> action = m_onAction;
        hide();
        if (action)
            action();
    });
    hide();
}

void NoticeBar::showNotice(const QString &text, const QString &actionText,
                           std::function<void()> action)
{
    m_onAction = std::move(action);
    m_text->setText(text);
    setAccessibleDescription(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_onAction);
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace ga
