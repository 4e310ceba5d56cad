package com.legspasms.rendering;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Rewrites writers' links to other articles ({@code other.md#anchor}) to the site's own
 * URLs.
 */
class ArticleLinkResolver implements LinkResolver {

	private final ArticleAddresses addresses;

	ArticleLinkResolver(ArticleAddresses addresses) {
		this.addresses = addresses;
	}

	@Override
	public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
		if (link.getLinkType() != LinkType.LINK) {
			return link;
		}
		return ArticleLink.parse(link.getUrl(), this.addresses)
			.map((articleLink) -> link.withStatus(LinkStatus.VALID).withUrl(articleLink.sitePath(this.addresses)))
			.orElse(link);
	}

	static class Factory extends IndependentLinkResolverFactory {

		private final ArticleAddresses addresses;

		Factory(ArticleAddresses addresses) {
			this.addresses = addresses;
		}

		@Override
		public LinkResolver apply(LinkResolverBasicContext context) {
			return new ArticleLinkResolver(this.addresses);
		}

	}

}
