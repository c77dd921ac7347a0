//! `ClientIp`: the address of the person making the request, for every
//! throttle. Behind a load balancer the TCP peer is the balancer, so the
//! `X-Forwarded-For` header is read, but only when the peer is a proxy
//! named in `OBSERVATORY_TRUSTED_PROXIES`; anyone else could write any
//! address there.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::request::Parts,
};
use ipnet::IpNet;

use super::AppError;
use crate::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip().to_canonical())
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no peer address")))?;
        let forwarded = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok());
        Ok(ClientIp(client_address(
            peer,
            forwarded,
            &state.settings.trusted_proxies,
        )))
    }
}

/// Walks the chain of addresses from the nearest hop back: each hop a
/// trusted proxy added is believed, and the first address not of a trusted
/// proxy is the client. A malformed entry stops the walk at the last hop
/// that could be believed.
fn client_address<'a>(
    peer: IpAddr,
    forwarded: impl Iterator<Item = &'a str>,
    trusted: &[IpNet],
) -> IpAddr {
    let is_trusted = |address: &IpAddr| trusted.iter().any(|net| net.contains(address));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = forwarded.flat_map(|value| value.split(',')).collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        let Some(address) = parse_hop(hop) else {
            break;
        };
        client = address;
        if !is_trusted(&address) {
            break;
        }
    }
    client
}

/// One address of `X-Forwarded-For`, as proxies write it: `1.2.3.4`,
/// `1.2.3.4:5678`, `2001:db8::1` or `[2001:db8::1]:443`. IPv4 addresses
/// written the IPv6 way (`::ffff:1.2.3.4`) count as IPv4.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    let address = hop
        .parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|socket| socket.ip()))?;
    Some(address.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let found = client_address(ip("203.0.113.9"), ["198.51.100.1"].into_iter(), &[]);
        assert_eq!(found, ip("203.0.113.9"));
    }

    #[test]
    fn a_trusted_proxy_names_the_client() {
        let trusted = nets(&["10.0.0.0/8"]);
        let found = client_address(ip("10.0.0.2"), ["198.51.100.7"].into_iter(), &trusted);
        assert_eq!(found, ip("198.51.100.7"));
    }

    #[test]
    fn addresses_the_client_wrote_itself_are_ignored() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the balancer appended
        // the real address.
        let trusted = nets(&["10.0.0.0/8"]);
        let found = client_address(
            ip("10.0.0.2"),
            ["1.2.3.4, 198.51.100.7"].into_iter(),
            &trusted,
        );
        assert_eq!(found, ip("198.51.100.7"));
    }

    #[test]
    fn chains_of_trusted_proxies_and_bad_entries() {
        let trusted = nets(&["10.0.0.0/8", "192.168.1.1/32"]);
        let chain = ["198.51.100.7, 192.168.1.1"].into_iter();
        assert_eq!(
            client_address(ip("10.0.0.2"), chain, &trusted),
            ip("198.51.100.7")
        );
        let garbage = ["nonsense"].into_iter();
        assert_eq!(
            client_address(ip("10.0.0.2"), garbage, &trusted),
            ip("10.0.0.2")
        );
        assert_eq!(
            client_address(ip("10.0.0.2"), std::iter::empty(), &trusted),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn ports_brackets_and_mapped_addresses() {
        let trusted = nets(&["10.0.0.0/8"]);
        for written in ["198.51.100.7:5678", "::ffff:198.51.100.7"] {
            let found = client_address(ip("10.0.0.2"), [written].into_iter(), &trusted);
            assert_eq!(found, ip("198.51.100.7"), "{written}");
        }
        let found = client_address(ip("10.0.0.2"), ["[2001:db8::1]:443"].into_iter(), &trusted);
        assert_eq!(found, ip("2001:db8::1"));
    }

    mod properties {
        use std::net::{Ipv4Addr, Ipv6Addr};

        use proptest::prelude::*;

        use super::super::*;

        /// Addresses from a few small networks, so that hops often fall
        /// inside (and just outside) the trusted ranges.
        fn address() -> impl Strategy<Value = IpAddr> {
            prop_oneof![
                (0u8..4, 0u8..4).prop_map(|(c, d)| IpAddr::V4(Ipv4Addr::new(10, 0, c, d))),
                (0u8..4).prop_map(|d| IpAddr::V4(Ipv4Addr::new(192, 168, 1, d))),
                any::<u32>().prop_map(|n| IpAddr::V4(Ipv4Addr::from(n))),
                (0u16..4).prop_map(|h| IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, h))),
                any::<u128>().prop_map(|n| IpAddr::V6(Ipv6Addr::from(n))),
            ]
        }

        fn trusted_nets() -> impl Strategy<Value = Vec<IpNet>> {
            let net = prop::sample::select(vec![
                "10.0.0.0/8",
                "10.0.1.0/24",
                "192.168.1.1/32",
                "192.168.1.0/30",
                "2001:db8::/126",
                "2001:db8::2/128",
            ])
            .prop_map(|net| net.parse::<IpNet>().expect("valid network"));
            prop::collection::vec(net, 0..3)
        }

        /// One hop as a proxy might write it, or something that is none.
        #[derive(Clone, Debug)]
        enum Hop {
            Plain(IpAddr),
            WithPort(IpAddr, u16),
            /// An IPv4 address written the IPv6 way.
            Mapped(Ipv4Addr),
            Garbage(String),
        }

        impl Hop {
            fn written(&self) -> String {
                match self {
                    Hop::Plain(address) => format!(" {address}"),
                    Hop::WithPort(address, port) => SocketAddr::new(*address, *port).to_string(),
                    Hop::Mapped(v4) => v4.to_ipv6_mapped().to_string(),
                    Hop::Garbage(text) => text.clone(),
                }
            }

            /// The address this hop names, if it names one.
            fn address(&self) -> Option<IpAddr> {
                match self {
                    Hop::Plain(address) | Hop::WithPort(address, _) => Some(address.to_canonical()),
                    Hop::Mapped(v4) => Some(IpAddr::V4(*v4)),
                    Hop::Garbage(_) => None,
                }
            }
        }

        fn hop() -> impl Strategy<Value = Hop> {
            prop_oneof![
                4 => address().prop_map(Hop::Plain),
                2 => (address(), any::<u16>()).prop_map(|(a, p)| Hop::WithPort(a, p)),
                1 => any::<u32>().prop_map(|n| Hop::Mapped(Ipv4Addr::from(n))),
                1 => "[^,]{0,12}"
                    .prop_filter("names no address", |text| parse_hop(text).is_none())
                    .prop_map(Hop::Garbage),
            ]
        }

        /// The chain split into header values as proxies may send it. Hops
        /// are separated by commas even when one is written as nothing, so
        /// an empty hop stays in the chain (`,1.2.3.4`) as it would on the
        /// wire.
        fn header_values(hops: &[Hop], splits: &[bool]) -> Vec<Vec<String>> {
            let mut values = vec![Vec::new()];
            for (index, hop) in hops.iter().enumerate() {
                values
                    .last_mut()
                    .expect("one value at least")
                    .push(hop.written());
                if splits.get(index).copied().unwrap_or(false) {
                    values.push(Vec::new());
                }
            }
            values
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]

            /// The client is the peer, or an address that every later hop up
            /// to the peer vouches for: no address an untrusted hop wrote
            /// is ever believed.
            #[test]
            fn no_address_from_an_untrusted_hop_is_believed(
                peer in address(),
                trusted in trusted_nets(),
                hops in prop::collection::vec(hop(), 0..6),
                splits in prop::collection::vec(any::<bool>(), 6),
            ) {
                let values: Vec<String> = header_values(&hops, &splits)
                    .iter()
                    .map(|value| value.join(","))
                    .collect();
                let found = client_address(
                    peer.to_canonical(),
                    values.iter().map(String::as_str),
                    &trusted,
                );
                let is_trusted = |address: &IpAddr| trusted.iter().any(|net| net.contains(address));
                if found == peer.to_canonical() {
                    return Ok(());
                }
                prop_assert!(is_trusted(&peer), "an untrusted peer's header was believed");
                let chosen = hops
                    .iter()
                    .rposition(|hop| hop.address() == Some(found))
                    .expect("the client is one of the hops");
                for later in &hops[chosen + 1..] {
                    prop_assert!(
                        later.address().is_some_and(|address| is_trusted(&address)),
                        "{later:?} is not a trusted proxy"
                    );
                }
            }

            #[test]
            fn any_header_is_read_without_panic(
                peer in address(),
                trusted in trusted_nets(),
                values in prop::collection::vec("\\PC{0,40}", 0..3),
            ) {
                let _ = client_address(peer, values.iter().map(String::as_str), &trusted);
            }
        }
    }
}
