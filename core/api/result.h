#pragma once

#include "apierror.h"

#include <utility>
#include <variant>

namespace ga {

// Either the typed value of a call or the error that ended it, never both.
template<typename T> class Result
{
public:
    Result(T value)
        : m_content(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_content(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_content.index() == 0; }
    // Only when ok().
    const T &value() const { return std::get<0>(m_content); }
    T &value() { return std::get<0>(m_content); }
    // The error; a Kind::None one when ok(), so callers may read it either way.
    const ApiError &error() const
    {
        static const ApiError none;
        return ok() ? none : std::get<1>(m_content);
    }

private:
    std::variant<T, ApiError> m_content;
};

} // namespace ga
