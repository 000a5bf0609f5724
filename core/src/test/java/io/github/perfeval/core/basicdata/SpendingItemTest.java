package io.github.perfeval.core.basicdata;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row labels as tables write them, from the 衡阳 table and from spellings it does not use (决算 tables'
 * 因公出国（境）费, 公务用车购置及运行维护费, numbering in brackets, quotes around 三公).
 */
class SpendingItemTest {

    @ParameterizedTest(name = "{0} under {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "三公经费|-|THREE_PUBLIC",
        "“三公”经费合计|-|THREE_PUBLIC",
        "1、公务用车购置和维护经费|THREE_PUBLIC|OFFICIAL_VEHICLES",
        "（二）公务用车购置及运行维护费|THREE_PUBLIC|OFFICIAL_VEHICLES",
        "其中：公车购置|OFFICIAL_VEHICLES|VEHICLE_PURCHASE",
        "1.公务用车购置|THREE_PUBLIC|VEHICLE_PURCHASE",
        "公车运行维护|THREE_PUBLIC|VEHICLE_OPERATION",
        "3、公务用车费|THREE_PUBLIC|OFFICIAL_VEHICLES",
        "其中:(1)公务用车运行维护费|OFFICIAL_VEHICLES|VEHICLE_OPERATION",
        "(2)公务用车购置|OFFICIAL_VEHICLES|VEHICLE_PURCHASE",
        "1、因公出国(境)费用|THREE_PUBLIC|OVERSEAS_TRAVEL",
        "2.公务用车运行维护费|THREE_PUBLIC|VEHICLE_OPERATION",
        "2、出国经费|THREE_PUBLIC|OVERSEAS_TRAVEL",
        "(一)因公出国（境）费|THREE_PUBLIC|OVERSEAS_TRAVEL",
        "3、公务接待|THREE_PUBLIC|OFFICIAL_RECEPTION",
        "公务接待费支出|THREE_PUBLIC|OFFICIAL_RECEPTION",
        "项目支出：|THREE_PUBLIC|PROJECT_SPENDING",
        "1、业务经费|PROJECT_SPENDING|OPERATIONS_FUNDS",
        "2、运行维护经费|PROJECT_SPENDING|MAINTENANCE_FUNDS",
        "3、专项资金（一个专项一行）|PROJECT_SPENDING|SPECIAL_FUNDS",
        "举报奖励|SPECIAL_FUNDS|SPECIAL_LINE",
        "公务接待能力提升专项|SPECIAL_FUNDS|SPECIAL_LINE",
        "公车运行维护专项|SPECIAL_LINE|SPECIAL_LINE",
        "公用经费：|SPECIAL_LINE|PUBLIC_FUNDS",
        "其中：办公经费|PUBLIC_FUNDS|PUBLIC_FUNDS_ITEM",
        "水费、电费、差旅费|PUBLIC_FUNDS_ITEM|PUBLIC_FUNDS_ITEM",
        "政府采购金额|PUBLIC_FUNDS_ITEM|GOVERNMENT_PROCUREMENT",
        "部门基本支出预算调整|GOVERNMENT_PROCUREMENT|BASIC_BUDGET_ADJUSTMENT",
    })
    void labelsNameTheirItems(String label, SpendingItem group, SpendingItem expected) {
        assertThat(SpendingItem.fromLabel(label, group)).contains(expected);
    }

    @Test
    void labelsNamingNoItemAreUnknown() {
        assertThat(SpendingItem.fromLabel("备注", null)).isEmpty();
        assertThat(SpendingItem.fromLabel("人员经费", SpendingItem.PROJECT_SPENDING)).isEmpty();
        assertThat(SpendingItem.fromLabel("", SpendingItem.SPECIAL_FUNDS)).isEmpty();
    }

    @Test
    void theTreeIsTheTemplates() {
        assertThat(SpendingItem.VEHICLE_PURCHASE.parent()).contains(SpendingItem.OFFICIAL_VEHICLES);
        assertThat(SpendingItem.OFFICIAL_VEHICLES.parent()).contains(SpendingItem.THREE_PUBLIC);
        assertThat(SpendingItem.SPECIAL_LINE.parent()).contains(SpendingItem.SPECIAL_FUNDS);
        assertThat(SpendingItem.SPECIAL_FUNDS.parent()).contains(SpendingItem.PROJECT_SPENDING);
        assertThat(SpendingItem.PUBLIC_FUNDS.isSumOfParts()).as("其中 rows are parts, not a breakdown").isFalse();
        assertThat(SpendingItem.core("3、专项资金（一个专项一行）")).isEqualTo("专项资金");
        assertThat(SpendingItem.core("（一）因公出国（境）费")).isEqualTo("因公出国(境)费");
    }
}
