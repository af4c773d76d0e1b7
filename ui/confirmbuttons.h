#pragma once

#include <QString>

#include <functional>

class QDialog;
class QDialogButtonBox;

namespace ga {

// The buttons of every confirmation that changes something (ChangeDialog,
// PlanPreviewDialog): Cancel is the default, so Enter alone never changes production; the
// action button ("confirmButton") accepts the dialog only while `canConfirm()` holds.
QDialogButtonBox *confirmationButtons(QDialog *dialog, const QString &action,
                                      std::function<bool()> canConfirm);
// Enables the action button as `canConfirm` says now (after a keystroke in the typed check).
void updateConfirmationButtons(QDialogButtonBox *buttons, bool canConfirm);

} // namespace ga
