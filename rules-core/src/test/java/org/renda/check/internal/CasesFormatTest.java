package org.renda.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renda.check.InputError;
import org.renda.check.Language;

/**
 * The cases format is its JSON Schema: every mistake an author makes in {@code ID.cases.json} is
 * named by JSON Pointer with what was expected, in Chinese and in English; nothing is ignored.
 */
class CasesFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<InputError> errors(String json, Language l) throws Exception {
        return CasesFormat.validate(JSON.readTree(json.replace('\'', '"')), l);
    }

    private static List<String> lines(String json, Language l) throws Exception {
        return errors(json, l).stream().map(e -> e.path() + " " + e.message()).toList();
    }

    @Test
    void aWellFormedFileHasNoError() throws Exception {
        assertThat(errors("""
                {'rule': 'SUGG-REPLY-001', 'cases': [
                  {'name': 'a', 'base': 'township', 'expect': []},
                  {'name': 'b', 'record': {}, 'patch': [{'op': 'remove', 'path': '/sessions'}], 'notChecked': true},
                  {'name': 'c', 'base': 'street', 'params': {'replyMonths': 3, 'firstSessionBy': '03-15'},
                   'expect': ['/suggestions/0', {'path': '/suggestions/1', 'values': {'deadline': '2025-04-30', 'x': null},
                                                 'eventDate': '2025-04-30'}, {'path': '', 'eventDate': null}]},
                  {'name': 'd', 'base': 'township-2025', 'due': {'month': '2025-06', 'expect': ['/a', {'path': '/b', 'dueDate': '2025-06-10'}]}}
                ]}""", Language.ZH)).isEmpty();
    }

    @Test
    void theBasesAreTheSchemasAndEachIsAFixture() {
        assertThat(CasesFormat.bases()).containsExactly("township", "street", "township-midyear", "township-2025");
        assertThat(CasesFormat.bases()).allSatisfy(b ->
                assertThat(org.renda.check.PackTester.class.getResource("fixtures/" + b + ".json")).as(b).isNotNull());
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeyMeantWhereverItIs() throws Exception {
        assertThat(lines("""
                {'rule': 'X-ONE-001', 'casse': [], 'cases': [
                  {'name': 'a', 'expectd': []},
                  {'name': 'b', 'expect': [{'path': '/s/0', 'value': {}}], 'patch': [{'op': 'add', 'pth': '/x', 'value': 1}]},
                  {'name': 'c', 'due': {'month': '2025-06', 'expect': [{'path': '/a', 'duedate': '2025-06-10'}]}}
                ]}""", Language.ZH)).containsExactlyInAnyOrder(
                "/casse 未知的键 \"casse\"（是不是 \"cases\"？）；此处可用的键：$schema、rule、cases",
                "/cases/0/expectd 未知的键 \"expectd\"（是不是 \"expect\"？）；此处可用的键：name、base、record、patch、params、expect、notChecked、due",
                "/cases/1/expect/0/value 未知的键 \"value\"（是不是 \"values\"？）；此处可用的键：path、values、eventDate",
                "/cases/1/patch/0/pth 未知的键 \"pth\"（是不是 \"path\"？）；此处可用的键：op、path、value",
                "/cases/1/patch/0/path 缺少 \"path\"",
                "/cases/2/due/expect/0/duedate 未知的键 \"duedate\"（是不是 \"dueDate\"？）；此处可用的键：path、dueDate");
    }

    @Test
    void inEnglish() throws Exception {
        assertThat(lines("{'rule': 'X-ONE-001', 'cases': [{'name': 'a', 'expectd': [], 'base': 'town'}]}", Language.EN))
                .containsExactlyInAnyOrder(
                        "/cases/0/expectd unknown key \"expectd\" (did you mean \"expect\"?); keys allowed here: name, base, record, patch, params, expect, notChecked, due",
                        "/cases/0/base expected one of township, street, township-midyear, township-2025, found \"town\"");
    }

    @Test
    void wrongTypesValuesAndShapesAreNamed() throws Exception {
        assertThat(lines("""
                {'rule': 'quorum', 'cases': [
                  {'name': 'a', 'expect': '/sessions/0', 'notChecked': 'yes'},
                  {'name': '', 'patch': [{'op': 'replace', 'path': '/year'}, {'op': 'move', 'path': 'year', 'value': 1}], 'expect': []},
                  {'name': 'c', 'expect': [{'path': '/s', 'eventDate': '30.04.2025'}], 'due': {'month': '2025-13', 'expect': []}}
                ]}""", Language.ZH)).containsExactlyInAnyOrder(
                "/rule 规则编号应形如 SD-STATION-001（大写词-…-三位数字），实为 \"quorum\"",
                "/cases/0/expect 应为数组，实为字符串 \"/sessions/0\"",
                "/cases/0/notChecked 应为布尔值（true/false），实为字符串 \"yes\"",
                "/cases/1/name 不能为空",
                "/cases/1/patch/0/value 缺少 \"value\"",
                "/cases/1/patch/1/op 应为以下之一：add、remove、replace，实为 \"move\"",
                "/cases/1/patch/1/path 应为 JSON Pointer（以 / 开头，如 /sessions/1；空串表示整份记录），实为 \"year\"",
                "/cases/2/expect/0/eventDate 应为日期 YYYY-MM-DD，实为 \"30.04.2025\"",
                "/cases/2/due/month 应为月份 YYYY-MM，实为 \"2025-13\"");
        assertThat(lines("{'rule': 'X-ONE-001', 'cases': []}", Language.ZH)).containsExactly("/cases 至少需要一项");
        assertThat(lines("{'cases': [{'name': 'a', 'expect': []}]}", Language.ZH)).containsExactly("/rule 缺少 \"rule\"");
    }
}
