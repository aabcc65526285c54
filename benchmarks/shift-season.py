#!/usr/bin/env python3
# shift-season.py SOURCE_DIR TARGET_DIR SOURCE_YEAR TARGET_YEAR [zones.csv]: the season's CSVs with
# every date moved by (TARGET_YEAR - SOURCE_YEAR) * 364 days; prints the regular season's first and
# last day. Used by ten-seasons.sh and season-after-seasons.sh (why 364 days: ten-seasons.sh).
import csv, datetime, os, re, sys
source, target, source_year, target_year = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
extra = sys.argv[5:]
days = datetime.timedelta(days=(target_year - source_year) * 364)
label = f"{target_year}-{(target_year + 1) % 100:02d}"
def day(text):
    return (datetime.date.fromisoformat(text) + days).isoformat()
def spelled(text):  # "10:00 PM, October 19, 2021"
    match = re.match(r"^(.*, )([A-Za-z]+ \d+, \d{4})$", text)
    if not match:
        return text
    moved = datetime.datetime.strptime(match.group(2), "%B %d, %Y").date() + days
    return match.group(1) + f"{moved:%B} {moved.day}, {moved.year}"
def stamp(text):  # 2021-11-01T03:30:00Z
    moved = datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ") + days
    return moved.strftime("%Y-%m-%dT%H:%M:%SZ")
def shift_row(row):
    for key, value in row.items():
        if not value:
            continue
        if key in ("season",):
            row[key] = label
        elif key in ("game_date", "GAME_DATE"):
            row[key] = day(value)
        elif key == "game_code":  # 202110190LAL: date, 0, home team
            row[key] = datetime.date.fromisoformat(day(f"{value[0:4]}-{value[4:6]}-{value[6:8]}")).strftime("%Y%m%d") + value[8:]
        elif key == "GAME_ID":  # 0022200001: the season's two year digits at 3-4
            row[key] = value[:3] + f"{target_year % 100:02d}" + value[5:]
        elif key in ("tipoff_utc", "captured_at"):
            row[key] = stamp(value)
        elif key == "start_time_local":
            row[key] = spelled(value)
        elif key == "source_page":
            row[key] = re.sub(r"NBA_\d{4}_", f"NBA_{target_year + 1}_", value)
    return row
os.makedirs(target, exist_ok=True)
files = [os.path.join(source, name) for name in sorted(os.listdir(source)) if name.endswith(".csv")] + extra
first = last = None
for path in files:
    with open(path, newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [shift_row(row) for row in reader]
        fields = reader.fieldnames
    with open(os.path.join(target, os.path.basename(path)), "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    if os.path.basename(path) == "schedule.csv":
        regular = sorted(row["game_date"] for row in rows if row["season_type"] == "Regular Season")
        first, last = regular[0], regular[-1]
print(first, last)
