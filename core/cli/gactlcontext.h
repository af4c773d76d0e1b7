#pragma once

#include "api/apierror.h"
#include "gactloptions.h"

#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace ga {

class CertificateCatalog;
class GaClient;
class OperationCenter;

// What every gactl command works with. Commands print results to `out`, problems to `err`,
// and end by calling finish(exitCode) exactly once.
struct GactlContext
{
    GactlOptions options;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    GaClient *client = nullptr;
    // Certificate Management details, looked up with the fewest calls and cached for the run.
    CertificateCatalog *catalog = nullptr;
    // The saved profile whose credentials are in use; empty for the environment's. Journaled
    // with each operation, so only that profile resumes it (gactl or the console).
    QString profile;
    // The journal, queue and watchers every change goes through, as in the console.
    OperationCenter *operations = nullptr;
    std::function<void(int)> finish;
    // Asks the person at the terminal; nullopt when stdin is not a terminal.
    std::function<std::optional<bool>(const QString &question)> confirm;

    bool json() const
    {
        return options.value(QStringLiteral("output"), QStringLiteral("table")) == u"json";
    }

    void printJson(const QJsonDocument &document) const
    {
        *out << document.toJson(QJsonDocument::Indented);
        out->flush();
    }

    // Prints the error and finishes with the exit code its kind calls for.
    void failWith(const ApiError &error) const
    {
        *err << "gactl: " << error.toString() << '\n';
        if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Tls
            || error.kind == ApiError::Kind::Timeout) {
            *err << "gactl: endpoint " << error.endpoint << '\n';
        }
        err->flush();
        finish(exitCodeFor(error));
    }

    static int exitCodeFor(const ApiError &error)
    {
        switch (error.kind) {
        case ApiError::Kind::None:
        case ApiError::Kind::InvalidInput:
            return exitcode::usage;
        case ApiError::Kind::Network:
        case ApiError::Kind::Tls:
        case ApiError::Kind::Timeout:
            return exitcode::networkError;
        case ApiError::Kind::Http:
        case ApiError::Kind::Service:
        case ApiError::Kind::InvalidResponse:
        case ApiError::Kind::Cancelled:
            return exitcode::apiError;
        }
        return exitcode::apiError;
    }
};

} // namespace ga
