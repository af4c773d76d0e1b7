# bash completion for gactl: its commands, the options that apply to each (the table in
# core/cli/gactloptions.cpp), the values of the options that take a fixed set, and profile
# names from `gactl profile list --output json`. Kept in step with `gactl --help` by
# tests/install/tst_manpages.cpp. Installed as share/bash-completion/completions/gactl.

_gactl_profiles()
{
    # One "name": "..." line per profile in Qt's indented JSON; nothing when there are none.
    "${1:-gactl}" profile list --output json 2>/dev/null \
        | sed -n 's/^ *"name": "\(.*\)",\{0,1\}$/\1/p'
}

_gactl()
{
    local cur prev words cword
    _init_completion || return

    local commands="accelerators listeners certificates listener inventory expiring dissociate
        associate undo retire replace watch operations resume profile"
    local global="--profile --endpoint --cas-endpoint --signature --output --ca-file --proxy
        --lang --concurrency --verbose --help --version"

    case $prev in
        --profile)
            COMPREPLY=($(compgen -W "$(_gactl_profiles "$1")" -- "$cur"))
            return ;;
        --signature) COMPREPLY=($(compgen -W "v1 v3" -- "$cur")); return ;;
        --output) COMPREPLY=($(compgen -W "json table" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "en zh_CN" -- "$cur")); return ;;
        --role) COMPREPLY=($(compgen -W "additional default all" -- "$cur")); return ;;
        --poll-schedule) COMPREPLY=($(compgen -W "default terraform" -- "$cur")); return ;;
        --state)
            local states="init active configuring binding unbinding deleting finacialLocked"
            COMPREPLY=($(compgen -W "$states" -- "$cur"))
            return ;;
        --ca-file | --config) _filedir; return ;;
        --endpoint | --cas-endpoint | --proxy | --concurrency | --days | --timeout \
            | --client-token | --access-key-id | --accelerator)
            return ;;
    esac

    # The command is the first word that is neither an option nor an option's value.
    local i command="" sub=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --profile | --endpoint | --cas-endpoint | --signature | --output | --ca-file \
                | --proxy | --lang | --concurrency | --state | --role | --days | --client-token \
                | --timeout | --poll-schedule | --access-key-id | --config | --accelerator)
                ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then
                    command=${words[i]}
                elif [[ $command == profile && -z $sub ]]; then
                    sub=${words[i]}
                fi ;;
        esac
    done

    local options=""
    case $command in
        accelerators) options="--state" ;;
        certificates) options="--role --details" ;;
        inventory) options="--details" ;;
        expiring) options="--days" ;;
        dissociate | associate)
            options="--client-token --wait --timeout --poll-schedule --yes" ;;
        undo | replace) options="--plan --wait --timeout --poll-schedule --yes" ;;
        retire) options="--accelerator --plan --wait --timeout --poll-schedule --yes" ;;
        watch | resume) options="--timeout --poll-schedule" ;;
        operations) options="--unfinished" ;;
        profile)
            case $sub in
                add) options="--access-key-id --read-only --production" ;;
                import-aliyun) options="--config" ;;
            esac ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$global $options" -- "$cur"))
    elif [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    elif [[ $command == profile && -z $sub ]]; then
        COMPREPLY=($(compgen -W "list add remove import-aliyun" -- "$cur"))
    elif [[ $command == profile && $sub == remove ]]; then
        COMPREPLY=($(compgen -W "$(_gactl_profiles "$1")" -- "$cur"))
    fi
} && complete -F _gactl gactl
