#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace ga {

struct AccountSnapshot;

// "Where is this domain?": the admin types domains or "*." patterns and sees, as they type,
// every listener of the account that serves a match (accelerator, listener, domain,
// certificate), from the reading the Certificates view shows. "Retire everywhere…" accepts,
// and the caller makes the retire plan of patterns() and previews it.
class DomainSearchDialog final : public QDialog
{
    Q_OBJECT

public:
    // `snapshot` must outlive the dialog (the AccountController's).
    explicit DomainSearchDialog(const AccountSnapshot &snapshot, QWidget *parent = nullptr);

    // What was typed, split on spaces and commas.
    QStringList patterns() const;
    // How many (listener, domain) matches are listed now.
    int matchCount() const { return m_matches; }
    QLineEdit *patternEdit() const { return m_edit; }

private:
    void search();

    const AccountSnapshot &m_snapshot;
    QLineEdit *m_edit;
    QLabel *m_status;
    QTreeWidget *m_results;
    QDialogButtonBox *m_buttons;
    int m_matches = 0;
};

} // namespace ga
