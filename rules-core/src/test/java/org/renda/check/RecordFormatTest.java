package org.renda.check;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.RecordFormat.Field;
import org.renda.check.RecordFormat.Kind;
import org.renda.check.RecordFormat.ObjectType;
import org.renda.check.model.AcceptingBody;
import org.renda.check.model.ActivityType;
import org.renda.check.model.AgendaType;
import org.renda.check.model.BodyKind;
import org.renda.check.model.DeputyLevel;
import org.renda.check.model.DeputyStatus;
import org.renda.check.model.EndReason;
import org.renda.check.model.ItemResult;
import org.renda.check.model.OfficerRole;
import org.renda.check.model.Organ;
import org.renda.check.model.Organizer;
import org.renda.check.model.SessionKind;
import org.renda.check.model.VoteMethod;
import org.slf4j.LoggerFactory;

/** The record format read from the schema: every field and value labelled, pointers labelled, no validation change. */
class RecordFormatTest {

    private final RecordFormat format = RecordFormat.get();

    @Test
    void everyFieldOfEveryTypeHasChineseAndEnglishTitlesAndEveryChoiceItsLabels() {
        List<String> missing = new ArrayList<>();
        for (ObjectType t : format.types()) {
            if (t.title().isEmpty() || t.titleEn().isEmpty()) {
                missing.add(t.name());
            }
            for (Field f : t.fields()) {
                if (f.title().isEmpty() || f.titleEn().isEmpty() || !f.title().codePoints().anyMatch(c -> c > 0x2E80)) {
                    missing.add(t.name() + "." + f.name());
                }
                for (RecordFormat.Choice c : f.choices()) {
                    if (c.zh().isEmpty() || c.en().isEmpty()) {
                        missing.add(t.name() + "." + f.name() + "=" + c.value());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(format.types()).extracting(ObjectType::name).contains("record", "body", "session", "agendaItem",
                "vote", "absence", "officer", "post", "budget", "adjustment", "disclosure");
    }

    @Test
    void everyEnumOfTheModelHasALabelForEachValue() {
        for (Class<? extends Enum<?>> type : List.of(AcceptingBody.class, ActivityType.class, AgendaType.class,
                BodyKind.class, DeputyLevel.class, DeputyStatus.class, EndReason.class, ItemResult.class,
                OfficerRole.class, Organ.class, Organizer.class, SessionKind.class, VoteMethod.class)) {
            for (Enum<?> v : type.getEnumConstants()) {
                assertThat(format.label(v, Language.ZH)).as(v.toString()).isNotNull();
                assertThat(format.label(v, Language.EN)).as(v.toString()).isNotNull();
            }
        }
    }

    @Test
    void theLabelsMessagesUsedBeforeAreTheSchemasLabels() {
        // the values enum-labels.properties held before the schema became their one source
        assertThat(format.label(OfficerRole.CHAIRMAN, Language.ZH)).isEqualTo("主席");
        assertThat(format.label(OfficerRole.VICE_CHAIRMAN, Language.EN)).isEqualTo("Vice-chairman");
        assertThat(format.label(OfficerRole.COMMITTEE_DEPUTY_DIRECTOR, Language.ZH)).isEqualTo("街道人大工委副主任");
        assertThat(format.label(AcceptingBody.PARTY_COMMITTEE, Language.ZH)).isEqualTo("党委");
        assertThat(format.label(AcceptingBody.GOVERNMENT, Language.EN)).isEqualTo("the people's government");
        assertThat(format.label(AcceptingBody.OTHER, Language.ZH)).isEqualTo("其他机关");
        // same value names in another enum: their own labels
        assertThat(format.label(Organ.OTHER, Language.ZH)).isEqualTo("其他");
        assertThat(format.label(DeputyStatus.RESIGNED, Language.ZH)).isEqualTo("辞职");
    }

    @Test
    void pointersReadAsChineseAndEnglishLabels() {
        assertThat(format.label("/suggestions/3/repliedDate", Language.ZH)).isEqualTo("代表建议 第4条 答复日期");
        assertThat(format.label("/suggestions/3/repliedDate", Language.EN)).isEqualTo("suggestions #4 replied");
        assertThat(format.label("/sessions/0/agenda/2/vote/for", Language.ZH))
                .isEqualTo("人民代表大会会议 第1条 会议议程 第3条 表决 赞成票");
        assertThat(format.label("/officers/1/otherPosts/0/organ", Language.ZH))
                .isEqualTo("领导人员 第2条 兼任职务 第1条 所在机关");
        assertThat(format.label("/activities/0/deputyIds/2", Language.ZH)).isEqualTo("闭会活动 第1条 参加代表编号 第3条");
        assertThat(format.label("/body/kind", Language.ZH)).isEqualTo("报送单位 单位类型");
        assertThat(format.label("/sessions/0/startdate", Language.ZH)).isEqualTo("人民代表大会会议 第1条 startdate");
        assertThat(format.label("", Language.ZH)).isEqualTo("记录");
    }

    @Test
    void fieldsKnowTheirKindRequirednessAndChoices() {
        ObjectType session = format.root().field("sessions").object();
        assertThat(session.name()).isEqualTo("session");
        assertThat(session.field("startDate").kind()).isEqualTo(Kind.DATE);
        assertThat(session.field("startDate").required()).isTrue();
        assertThat(session.field("noticeDate").required()).isFalse();
        assertThat(session.field("noticeDate").nullable()).isTrue();
        assertThat(session.field("halfDays").minimum()).isEqualTo(1L);
        assertThat(session.field("agenda").kind()).isEqualTo(Kind.OBJECT_LIST);
        assertThat(session.field("presidiumElected").choices()).extracting(RecordFormat.Choice::zh).containsExactly("是", "否");
        assertThat(session.field("kind").choices()).extracting(RecordFormat.Choice::value)
                .containsExactly("REGULAR", "EXTRAORDINARY", "FIRST_OF_TERM");
        assertThat(format.root().field("schemaVersion").constValue()).isEqualTo("1.0");
        assertThat(format.root().field("officers").object().field("governmentPortfolios").kind()).isEqualTo(Kind.STRING_LIST);
        assertThat(format.sections()).extracting(Field::name).containsExactly("term", "officers", "deputies", "sessions",
                "presidiumMeetings", "committeeMeetings", "reportsToCounty", "budget", "activities", "stations",
                "suggestions", "livelihoodProjects", "normativeDocuments", "residentCouncils", "disclosures");
    }

    @Test
    void theLabelKeywordsAreDeclaredSoTheValidatorWarnsOfNothing() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            new org.renda.check.internal.RecordValidator();
        } finally {
            root.detachAppender(appender);
        }
        assertThat(appender.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }
}
