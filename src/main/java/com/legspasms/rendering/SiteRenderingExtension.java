package com.legspasms.rendering;

import com.legspasms.pictures.PictureRenderer;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Plugs the site's own pieces into flexmark's renderer: GitHub's heading ids, article
 * link rewriting, care cards and pictures, and plain text appended without flexmark's
 * escaping when it needs none ({@link PlainTextRenderer}).
 */
class SiteRenderingExtension implements HtmlRenderer.HtmlRendererExtension {

	private final ArticleAddresses addresses;

	SiteRenderingExtension(ArticleAddresses addresses) {
		this.addresses = addresses;
	}

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.htmlIdGeneratorFactory(new GitHubHeadingIds.Factory());
		builder.linkResolverFactory(new ArticleLinkResolver.Factory(this.addresses));
		builder.nodeRendererFactory((options) -> new CareCardRenderer());
		builder.nodeRendererFactory((options) -> new PictureRenderer());
		builder.nodeRendererFactory((options) -> new PlainTextRenderer());
	}

}
