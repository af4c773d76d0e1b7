#pragma once

#include "api/apierror.h"

#include <QFrame>

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

    void showError(const QString &context, const ApiError &error);
    const ApiError &error() const { return m_error; }
    // Plain text for the clipboard; never holds a secret.
    QString details() const;

private:
    QLabel *m_text;
    QPushButton *m_copy;
    QPushButton *m_close;
    ApiError m_error;
    QString m_context;
};

} // namespace ga
