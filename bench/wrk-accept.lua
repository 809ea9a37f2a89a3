-- wrk script for the acceptance POST: distinct customers accepting invitations.
-- Arguments: FILE FIRST LAST. FILE has one line per waiting invitation,
-- "cookie<TAB>csrf<TAB>token" of a signed-in customer Global admin; lines FIRST to LAST are
-- shared out among wrk's threads (WRK_THREADS of them), each line posted once. Should a run
-- outrun its lines it starts them again: those requests change nothing, and run.sh warns.

dofile("bench/wrk-report.lua")

local items = {}
local next_item = 1
signed_out = 0

function init(args)
  local first, last = tonumber(args[2]), tonumber(args[3])
  local threads = tonumber(os.getenv("WRK_THREADS") or "1")
  local lineno = 0
  for line in io.lines(args[1]) do
    lineno = lineno + 1
    if lineno >= first and lineno <= last and (lineno - first) % threads == id - 1 then
      local cookie, csrf, token = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)")
      table.insert(items, { cookie = cookie, csrf = csrf, token = token })
    end
  end
end

function request()
  local item = items[next_item]
  next_item = next_item % #items + 1
  return wrk.format("POST", "/invitations/" .. item.token .. "/accept", {
    ["Cookie"] = item.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, "_csrf=" .. item.csrf)
end

function response(status, headers, body)
  local location = headers["Location"] or ""
  if location:find("/login", 1, true) then
    signed_out = signed_out + 1
  end
end
