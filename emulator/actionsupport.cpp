#include "actionsupport.h"

namespace ga::emu {

ActionResponse actionError(int httpStatus, const QString &code, const QString &message)
{
    ActionResponse response;
    response.httpStatus = httpStatus;
    response.code = code;
    response.message = message;
    return response;
}

namespace action {

QString text(const ParamMap &params, const char *name)
{
    const auto it = params.find(name);
    return it == params.end() ? QString() : QString::fromUtf8(it->second);
}

ActionResponse missing(const char *name)
{
    return actionError(400, QStringLiteral("Missing%1").arg(QLatin1String(name)),
                       QStringLiteral("%1 is mandatory for this action.").arg(QLatin1String(name)));
}

std::optional<int> integer(const ParamMap &params, const char *name, int fallback, int max,
                           ActionResponse *error)
{
    const auto it = params.find(name);
    if (it == params.end())
        return fallback;
    bool ok = false;
    const int value = it->second.toInt(&ok);
    if (!ok || value < 1 || value > max) {
        *error = actionError(400, QStringLiteral("IllegalParameter.%1").arg(QLatin1String(name)),
                             QStringLiteral("The parameter %1 must be an integer from 1 to %2.")
                                 .arg(QLatin1String(name))
                                 .arg(max));
        return std::nullopt;
    }
    return value;
}

QStringList repeated(const ParamMap &params, const QByteArray &prefix, const QByteArray &suffix)
{
    QStringList values;
    for (int i = 1;; ++i) {
        const auto it = params.find(prefix + '.' + QByteArray::number(i) + suffix);
        if (it == params.end())
            return values;
        values.append(QString::fromUtf8(it->second));
    }
}

ActionResponse ok(QJsonObject body)
{
    ActionResponse response;
    response.body = std::move(body);
    return response;
}

ActionResponse unknownAction()
{
    return actionError(404, QStringLiteral("InvalidAction.NotFound"),
                       QStringLiteral("Specified api is not found, please check your url and "
                                      "method."));
}

ActionResponse noSuchAccelerator()
{
    return actionError(400, QStringLiteral("NotExist.Accelerator"),
                       QStringLiteral("The accelerated instance does not exist."));
}

ActionResponse noSuchListener()
{
    return actionError(400, QStringLiteral("NotExist.Listener"),
                       QStringLiteral("The listener does not exist."));
}

} // namespace action
} // namespace ga::emu
