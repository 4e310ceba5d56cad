package com.legspasms.site;

import java.util.Map;

import com.legspasms.content.ArticleBody;
import com.legspasms.rendering.RenderedBody;

/**
 * What the render stage made of the loaded content: every article body rendered
 * (including bodies whose front matter has problems, so their links are still checked),
 * every shared care block rendered once, and each block's body with its rendered card (so
 * a block's links are checked with the articles').
 *
 * @param articleBodies each article body with its rendering
 * @param careBlockBodies each care block's body with its rendered card
 * @param careBlocks the blocks that rendered, by name in alphabetical order
 */
record RenderedContent(Map<ArticleBody, RenderedBody> articleBodies, Map<ArticleBody, RenderedBody> careBlockBodies,
		Map<String, CareBlock> careBlocks) {

}
