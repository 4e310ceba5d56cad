package com.legspasms.rendering;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import com.legspasms.rendering.ArticleText.TextBlock;

/**
 * An article's text blocks, held compactly: every block's text in one string, with where
 * each ends and whose words it holds. A site of 10,000 articles holds some 300,000
 * blocks; as objects of their own (a record and a string each) they cost about 20 MB more
 * heap than this. A {@link TextBlock} is made when it is read.
 */
final class TextBlocks extends AbstractList<TextBlock> implements RandomAccess {

	private static final TextBlock.Origin[] ORIGINS = TextBlock.Origin.values();

	private final String text;

	private final int[] ends;

	private final byte[] origins;

	private TextBlocks(String text, int[] ends, byte[] origins) {
		this.text = text;
		this.ends = ends;
		this.origins = origins;
	}

	/**
	 * Copies blocks into the compact form.
	 * @param blocks the blocks, in order (a {@code TextBlocks} is returned as it is)
	 * @return the same blocks, compactly held and unmodifiable
	 */
	static List<TextBlock> of(List<TextBlock> blocks) {
		if (blocks instanceof TextBlocks compact) {
			return compact;
		}
		StringBuilder text = new StringBuilder();
		int[] ends = new int[blocks.size()];
		byte[] origins = new byte[blocks.size()];
		for (int i = 0; i < blocks.size(); i++) {
			TextBlock block = blocks.get(i);
			text.append(block.text());
			ends[i] = text.length();
			origins[i] = (byte) block.origin().ordinal();
		}
		return new TextBlocks(text.toString(), ends, origins);
	}

	@Override
	public TextBlock get(int index) {
		return new TextBlock(textOf(index), ORIGINS[this.origins[index]]);
	}

	/**
	 * The text of one block, without making its {@link TextBlock}.
	 * @param index the block's place, from 0
	 * @return its text
	 */
	String textOf(int index) {
		int start = (index == 0) ? 0 : this.ends[index - 1];
		return this.text.substring(start, this.ends[index]);
	}

	/**
	 * Whose words one block holds, without making its {@link TextBlock}.
	 * @param index the block's place, from 0
	 * @return its origin
	 */
	TextBlock.Origin originOf(int index) {
		return ORIGINS[this.origins[index]];
	}

	@Override
	public int size() {
		return this.ends.length;
	}

	@Override
	public boolean equals(Object other) {
		if (other instanceof TextBlocks compact) {
			return this.text.equals(compact.text) && Arrays.equals(this.ends, compact.ends)
					&& Arrays.equals(this.origins, compact.origins);
		}
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
