# bash completion for tapsniff                               -*- shell-script -*-
# Installed as share/bash-completion/completions/tapsniff (loaded on demand by bash-completion).

_tapsniff_interfaces() {
    local d names=()
    for d in /sys/class/net/*; do
        [ -e "$d" ] && names+=("${d##*/}")
    done
    printf '%s\n' "${names[@]}"
}

_tapsniff() {
    local cur prev
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}

    local opts="-i --interface -r --read -w --write --no-print -c --count -x --hex -v --verbose
        --json -t --time --color -q --quiet --up -a --address --mtu --persist --owner --group
        -Z --user --tun --respond -V --version -h --help"

    # --opt=value: bash splits it into "--opt" "=" "value" when '=' is in COMP_WORDBREAKS
    # (the default), otherwise it arrives as one word.
    if [[ $cur == = ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        cur=
    elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    fi

    case $prev in
        -t | --time)
            mapfile -t COMPREPLY < <(compgen -W "abs epoch rel delta none" -- "$cur")
            return 0
            ;;
        --color)
            mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
            return 0
            ;;
        -r | --read | -w | --write)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        -i | --interface)
            mapfile -t COMPREPLY < <(compgen -W "$(_tapsniff_interfaces)" -- "$cur")
            return 0
            ;;
        -Z | --user | --owner)
            mapfile -t COMPREPLY < <(compgen -u -- "$cur")
            return 0
            ;;
        --group)
            mapfile -t COMPREPLY < <(compgen -g -- "$cur")
            return 0
            ;;
        -c | --count | --mtu | -a | --address | --respond)
            # a value the user types; nothing to offer
            return 0
            ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
        return 0
    fi
    # filter expression words (pcap-filter(7) primitives)
    mapfile -t COMPREPLY < <(compgen -W "arp rarp ip ip6 icmp icmp6 tcp udp vlan ether host net
        port src dst and or not proto broadcast multicast less greater" -- "$cur")
    return 0
}

complete -F _tapsniff tapsniff
