### Syntax files written beside an export: the comments and messages of the R, SPSS and Stata
### scripts (crates/parite-reports/src/export/syntax/). Code is never in these texts.

syntax-intro = Reads { $file } into { $tool }, with the labels of its columns and codes. Parité wrote this script for that file as it was exported: it must not have been opened and saved again in a spreadsheet program.
syntax-run = Run it from the folder that holds { $file }:
syntax-folder = folder
syntax-layout = { $file } has { $columns } columns separated by “{ $delimiter }”, with “{ $decimal }” as the decimal mark, in UTF-8. They are named by their position, whatever the header row says.
syntax-r-result = Result: the data frame parite, where coded answers are factors labelled in English; parite_num, the same with numeric codes as numbers; and parite_raw, every cell as read, as text. Each column’s label is in attr(x, "label").
syntax-r-missing = Codes that are answers without a value (such as “Don’t know”) are NA in parite and parite_num; attr(x, "missing") names them, and parite_raw keeps them.
syntax-spss-missing = Codes that are answers without a value (such as “Don’t know”) are recoded to negative numbers (−9, then −10…), labelled and declared missing values.
syntax-spss-lines = SPSS and PSPP read one case per line: a text cell holding a line break would split its case in two. If the free-text answers hold any, read the file with R or Stata, or remove the line breaks first.
syntax-stata-missing = Codes that are answers without a value (such as “Don’t know”) become extended missing values (.a, .b…), labelled.
syntax-stata-labels = Stata keeps 80 characters of a variable label: a longer one is cut, and the whole text is in the variable’s notes.
syntax-stata-check = Each coded column becomes a labelled number; the assert stops the script if a cell holds a code this script does not know.
syntax-multiple = { $name } holds several codes separated by “|”:
syntax-section-read = Read the file
syntax-section-numbers = Numbers
syntax-section-codes = Coded answers
syntax-section-labels = Labels
syntax-wrong-columns = { $file } should have { $columns } columns but has another number: is it the file this script came with, as exported?
syntax-unknown-codes = { $name }: codes this script does not know became NA: { $codes }
