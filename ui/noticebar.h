#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace ga {

// A non-modal strip above the panes for something that went well and can be followed up,
// e.g. "3 domains left listener lsr-… " with "Re-associate": the desktop notification has no
// buttons, so the window offers the way back here. Closes by itself on its action.
class NoticeBar final : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    std::function<void()> m_onAction;
};

} // namespace ga
