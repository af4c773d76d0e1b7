#pragma once

#include <QObject>

namespace ga {

class AccountInventory;
struct GactlContext;

// `gactl inventory [--details]`: every accelerator, its listeners and the additional
// certificates of each HTTPS listener (core/inventory/accountinventory.h reads them), with
// --details each certificate's CAS record beside it.
class InventoryCommand final : public QObject
{
    Q_OBJECT

public:
    InventoryCommand(GactlContext &context, QObject *parent);
    void run();

private:
    void print();

    GactlContext &m_context;
    AccountInventory *m_inventory;
};

} // namespace ga
