#pragma once

#include "apierror.h"

#include <optional>
#include <utility>

namespace ga {

// Either the typed value of a call or the error that ended it.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(ApiError error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace ga
