// Built only by the layering_core_has_no_widgets test, which expects this to fail:
// ga_core does not carry Qt Widgets' include path, so core code cannot use widgets.
#include <QWidget>

int probe()
{
    QWidget widget;
    return widget.width();
}
