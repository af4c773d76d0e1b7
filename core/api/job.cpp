#include "job.h"

namespace ga {

void JobBase::emitFinished()
{
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace ga
