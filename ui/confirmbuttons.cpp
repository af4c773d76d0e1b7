#include "confirmbuttons.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace ga {

QDialogButtonBox *confirmationButtons(QDialog *dialog, const QString &action,
                                      std::function<bool()> canConfirm)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *confirm = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog,
                     [dialog, canConfirm = std::move(canConfirm)] {
                         if (canConfirm())
                             dialog->accept();
                     });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void updateConfirmationButtons(QDialogButtonBox *buttons, bool canConfirm)
{
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(canConfirm);
    }
}

} // namespace ga
