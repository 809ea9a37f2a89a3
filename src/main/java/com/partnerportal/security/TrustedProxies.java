package com.partnerportal.security;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Takes the client's address and scheme from {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} only when the request comes from a proxy named in
 * {@code portal.trusted-proxies} ({@code PORTAL_TRUSTED_PROXIES}): addresses or CIDR
 * ranges, separated by commas, none by default. Anyone else could otherwise choose the
 * address the sign-in throttle counts, slipping past the per-address limit or pausing
 * somebody else's address; Tomcat's default trusts every private and loopback peer.
 * <p>
 * Tomcat reads its setting as a regular expression unless it contains a {@code /}, so
 * every single address is written as a range of one address here: a list of plain
 * addresses would otherwise silently match nothing, and a dot would match any character.
 * Runs after Spring Boot has set up Tomcat's {@link RemoteIpValve}, and replaces its
 * internal proxies.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

	private static final Pattern ADDRESS_OR_RANGE = Pattern
		.compile("([0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*)(/[0-9]{1,3})?");

	private final String ranges;

	TrustedProxies(@Value("${portal.trusted-proxies:}") String configured) {
		this.ranges = String.join(",", ranges(configured));
	}

	/**
	 * @param configured addresses and CIDR ranges separated by commas, possibly with
	 * spaces, possibly empty
	 * @return each as a CIDR range
	 * @throws IllegalArgumentException naming an entry that is neither, such as a host
	 * name, which would have to be looked up on every request
	 */
	static List<String> ranges(String configured) {
		return Arrays.stream(configured.split(","))
			.map(String::strip)
			.filter((entry) -> !entry.isEmpty())
			.map(TrustedProxies::range)
			.toList();
	}

	private static String range(String entry) {
		IllegalArgumentException wrong = new IllegalArgumentException(
				"PORTAL_TRUSTED_PROXIES: '" + entry + "' is neither an IP address nor a CIDR range");
		if (!ADDRESS_OR_RANGE.matcher(entry).matches()) {
			throw wrong;
		}
		String range = entry.contains("/") ? entry : entry + (entry.contains(":") ? "/128" : "/32");
		try {
			// Refuses a mask too wide for its address now rather than on the first
			// request.
			new NetMask(range);
		}
		catch (IllegalArgumentException ex) {
			wrong.initCause(ex);
			throw wrong;
		}
		return range;
	}

	@Override
	public void customize(TomcatWebServerFactory factory) {
		for (Valve valve : factory.getEngineValves()) {
			if (valve instanceof RemoteIpValve remoteIp) {
				// Empty: Tomcat trusts no peer, and ignores X-Forwarded-* from everyone.
				remoteIp.setInternalProxies(this.ranges);
				remoteIp.setTrustedProxies(null);
			}
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
