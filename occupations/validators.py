from django.core.validators import RegexValidator

#: A detailed SOC 2018 code as BLS prints it, e.g. "15-1252".
SOC_CODE_PATTERN = r"^\d{2}-\d{4}$"

validate_soc_code = RegexValidator(
    SOC_CODE_PATTERN, "Enter a SOC 2018 code as NN-NNNN, e.g. 15-1252.", code="invalid_soc_code"
)
