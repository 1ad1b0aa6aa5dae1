-- wrk script: a mixed load on the Gongkai API, with per-request status accounting.
--   public reads: item details and version histories of random items, searches with random terms
--   and pages, lists with random filters, sorts and pages, the department directory;
--   staff writes (share FAULTS_WRITE_SHARE): read an item as staff (ETag), save its draft with
--   If-Match and a unique mark in handling.location.
-- Run with one connection per thread (wrk -tN -cN): each response then belongs to the request the
-- thread sent just before, and each thread writes its own item, in sequence.
-- Files in FAULTS_DATA (lib.sh prepare_data): ids.txt, terms.txt (URL-encoded), departments.txt,
-- write-items.txt (id TAB department TAB guide JSON with __MARK__), tokens.txt (department TAB token).
-- done() prints: STATUS kind code count / RETRY_AFTER n / SOCKET ... / ERRSEC second count / ACK id thread last sent

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local function lines(path)
  local t = {}
  local f = io.open(path)
  if f then
    for l in f:lines() do
      if l ~= "" then t[#t + 1] = l end
    end
    f:close()
  end
  return t
end

local ids, terms, departments
local write_share, run
local item_guide, auth
item_id = nil
local kind, pending_put, etag
seq, sent, last_acked = 0, 0, 0
counts = {}
retry_after = 0
errsec = {}
local started

local sorts = { "relevance", "name", "updated", "popular" }
local audiences = { "PERSON", "LEGAL_ENTITY" }
local sizes = { 10, 20, 50 }

function init(args)
  local dir = os.getenv("FAULTS_DATA")
  ids = lines(dir .. "/ids.txt")
  terms = lines(dir .. "/terms.txt")
  departments = lines(dir .. "/departments.txt")
  write_share = tonumber(os.getenv("FAULTS_WRITE_SHARE") or "0") or 0
  run = os.getenv("FAULTS_RUN") or "run"
  math.randomseed(os.time() * 1000 + tid)
  local tokens = {}
  for _, l in ipairs(lines(dir .. "/tokens.txt")) do
    local dept, token = l:match("^([^\t]+)\t(.+)$")
    tokens[dept] = token
  end
  local items = lines(dir .. "/write-items.txt")
  if write_share > 0 and #items > 0 then
    local id, dept, guide = items[((tid - 1) % #items) + 1]:match("^([^\t]+)\t([^\t]+)\t(.+)$")
    item_id, item_guide = id, guide
    auth = "Bearer " .. (tokens[dept] or "")
  else
    write_share = 0
  end
  started = os.time()
end

local function pick(t) return t[math.random(#t)] end

function request()
  if pending_put then
    seq = seq + 1
    sent = seq
    kind = "save"
    local mark = run .. "-" .. tid .. "-" .. seq
    return wrk.format("PUT", "/api/v1/admin/services/" .. item_id .. "/draft",
      { ["Authorization"] = auth, ["Content-Type"] = "application/json", ["If-Match"] = etag },
      (item_guide:gsub("__MARK__", mark)))
  end
  if write_share > 0 and math.random() < write_share then
    kind = "staff-get"
    return wrk.format("GET", "/api/v1/admin/services/" .. item_id, { ["Authorization"] = auth })
  end
  local r = math.random()
  local path
  if r < 0.35 then
    kind = "detail"
    path = "/api/v1/services/" .. pick(ids)
  elseif r < 0.45 then
    kind = "versions"
    path = "/api/v1/services/" .. pick(ids) .. "/versions"
  elseif r < 0.75 then
    kind = "search"
    path = "/api/v1/services?q=" .. pick(terms) .. "&page=" .. math.random(1, 3) .. "&size=" .. pick(sizes)
  elseif r < 0.97 then
    kind = "list"
    path = "/api/v1/services?sort=" .. pick(sorts) .. "&page=" .. math.random(1, 12) .. "&size=" .. pick(sizes)
    if math.random() < 0.5 then path = path .. "&department=" .. pick(departments) end
    if math.random() < 0.3 then path = path .. "&audience=" .. pick(audiences) end
  else
    kind = "directory"
    path = "/api/v1/departments"
  end
  return wrk.format("GET", path)
end

local function header(headers, name)
  return headers[name] or headers[name:lower()]
end

function response(status, headers, body)
  local key = kind .. " " .. status
  counts[key] = (counts[key] or 0) + 1
  if status >= 500 then
    if header(headers, "Retry-After") then retry_after = retry_after + 1 end
    local s = os.time() - started
    errsec[s] = (errsec[s] or 0) + 1
  end
  if kind == "staff-get" then
    etag = header(headers, "ETag")
    pending_put = status == 200 and etag ~= nil
  elseif kind == "save" then
    pending_put = false
    if status == 200 then last_acked = sent end
  end
end

function done(summary, latency, requests)
  local total, ra, sec, acks = {}, 0, {}, {}
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("counts")) do total[k] = (total[k] or 0) + v end
    ra = ra + thread:get("retry_after")
    for k, v in pairs(thread:get("errsec")) do sec[k] = (sec[k] or 0) + v end
    local id = thread:get("item_id")
    if id then
      acks[#acks + 1] = string.format("ACK %s %d %d %d", id, thread:get("tid"), thread:get("last_acked"), thread:get("sent"))
    end
  end
  for k, v in pairs(total) do
    local what, code = k:match("^(%S+) (%d+)$")
    io.write(string.format("STATUS %s %s %d\n", what, code, v))
  end
  io.write(string.format("RETRY_AFTER %d\n", ra))
  local e = summary.errors
  io.write(string.format("SOCKET connect %d, read %d, write %d, timeout %d\n", e.connect, e.read, e.write, e.timeout))
  local secs = {}
  for k in pairs(sec) do secs[#secs + 1] = k end
  table.sort(secs)
  for _, k in ipairs(secs) do io.write(string.format("ERRSEC %d %d\n", k, sec[k])) end
  for _, a in ipairs(acks) do io.write(a .. "\n") end
end
