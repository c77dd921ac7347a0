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
}
