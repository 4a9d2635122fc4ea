package org.rocbap.survey.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void aQuotedVersionIsRead() {
        assertThat(EntityTags.version("\"3\"")).isEqualTo(3L);
        assertThat(EntityTags.version(" W/\"12\" ")).isEqualTo(12L);
    }

    @Test
    void noHeaderIsAFirstReply() {
        assertThat(EntityTags.version(null)).isNull();
        assertThat(EntityTags.version("  ")).isNull();
    }

    @Test
    void anythingElseIsABadRequest() {
        for (String wrong : new String[] {"3", "\"three\"", "*", "\"1\", \"2\"", "\"-1\"", "\"1234567890123456789\""}) {
            assertThatThrownBy(() -> EntityTags.version(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
