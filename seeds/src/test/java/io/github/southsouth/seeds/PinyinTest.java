package io.github.southsouth.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.southsouth.model.Entity;
import io.github.southsouth.model.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.junit.jupiter.api.Test;

/**
 * Every pinyin name of the dataset spells its Chinese name: one syllable per Chinese character, in
 * order, each a reading of that character that pinyin4j knows (with its tone, pinyin4j's breve read
 * as the caron of the third tone), so a character
 * with one reading must have that one. Latin letters stand for themselves; spaces, hyphens,
 * apostrophes, capitals, digits and punctuation are ignored. The usual tone sandhi of 一 and 不 (yí, yì, bú) is accepted.
 */
class PinyinTest {

  private static final HanyuPinyinOutputFormat FORMAT = format();

  private static HanyuPinyinOutputFormat format() {
    HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    format.setToneType(HanyuPinyinToneType.WITH_TONE_MARK);
    format.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    return format;
  }

  /** The readings of one character; empty if it is not a Chinese character. */
  private static Set<String> readings(char c) {
    try {
      String[] found = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
      Set<String> readings = new LinkedHashSet<>();
      if (found != null) {
        for (String reading : found) {
          readings.add(Normalizer.normalize(caronForBreve(reading), Normalizer.Form.NFC));
        }
      }
      if (c == '一') {
        readings.addAll(List.of("yí", "yì"));
      } else if (c == '不') {
        readings.add("bú");
      }
      return readings;
    } catch (BadHanyuPinyinOutputFormatCombination e) {
      throw new IllegalStateException(e);
    }
  }

  /** pinyin4j marks the third tone with a breve (ă); pinyin writes it with a caron (ǎ). */
  private static String caronForBreve(String reading) {
    return reading.replace('ă', 'ǎ').replace('ĕ', 'ě').replace('ĭ', 'ǐ').replace('ŏ', 'ǒ').replace('ŭ', 'ǔ');
  }

  /** Whether {@code pinyin} from {@code at} is one reading of each character from {@code i}. */
  private static boolean spells(List<Set<String>> characters, int i, String pinyin, int at) {
    if (i == characters.size()) {
      return at == pinyin.length();
    }
    for (String reading : characters.get(i)) {
      if (pinyin.startsWith(reading, at) && spells(characters, i + 1, pinyin, at + reading.length())) {
        return true;
      }
    }
    return false;
  }

  static boolean spells(String chinese, String pinyin) {
    List<Set<String>> characters = new ArrayList<>();
    for (char c : chinese.toCharArray()) {
      Set<String> readings = readings(c);
      if (!readings.isEmpty()) {
        characters.add(readings);
      } else if (c < 0x80 && Character.isLetter(c)) {
        // Latin letters in a Chinese name (AidData研究实验室, 2A期) stand as they are in the pinyin.
        characters.add(Set.of(String.valueOf(Character.toLowerCase(c))));
      }
    }
    String letters =
        Normalizer.normalize(pinyin, Normalizer.Form.NFC)
            .toLowerCase(Locale.ROOT)
            .codePoints()
            .filter(Character::isLetter)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return !characters.isEmpty() && spells(characters, 0, letters, 0);
  }

  @Test
  void theCheckCatchesWrongCountsAndWrongReadings() {
    assertThat(spells("互利", "Hùlì")).isTrue();
    assertThat(spells("一带一路", "Yídài Yílù")).isTrue();
    assertThat(spells("中非合作论坛", "Zhōng-Fēi Hézuò Lùntán")).isTrue();
    assertThat(spells("互利", "Hù")).as("a syllable missing").isFalse();
    assertThat(spells("互利", "Hùlǐ")).as("a wrong tone").isFalse();
    assertThat(spells("南南合作", "Nán-Nán Hézuò Lùntán")).as("a syllable too many").isFalse();
    assertThat(spells("萨察尔风电项目（50兆瓦）", "Sàchá'ěr Fēngdiàn Xiàngmù")).as("a part left out").isFalse();
    assertThat(spells("AidData研究实验室", "AidData Yánjiū Shíyànshì")).isTrue();
  }

  @Test
  void everyPinyinNameSpellsItsChineseName() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Entity entity : Seeds.load().entities()) {
      LocalizedText name = entity.name();
      if (name.get(LocalizedText.PINYIN).isPresent()) {
        String chinese = name.get(LocalizedText.CHINESE).orElseThrow();
        String pinyin = name.get(LocalizedText.PINYIN).orElseThrow();
        checked++;
        if (!spells(chinese, pinyin)) {
          wrong.add(entity.id() + ": " + chinese + " / " + pinyin);
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
    assertThat(wrong).as("pinyin that does not spell its Chinese name").isEmpty();
  }
}
