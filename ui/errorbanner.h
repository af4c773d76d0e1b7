#pragma once

#include "api/apierror.h"

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace ga {

// A non-modal strip above the panes for a failed call: Code, Message, RequestId and
// endpoint, with "Copy details" for a support ticket and a close button.
class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // `actionText` and `action`: one button that offers the way forward ("Keep watching").
    void showError(const QString &context, const ApiError &error, const QString &actionText = {},
                   std::function<void()> action = {});
    const ApiError &error() const { return m_error; }
    // Plain text for the clipboard; never holds a secret.
    QString details() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_copy;
    QPushButton *m_close;
    ApiError m_error;
    QString m_context;
    std::function<void()> m_onAction;
};

} // namespace ga
