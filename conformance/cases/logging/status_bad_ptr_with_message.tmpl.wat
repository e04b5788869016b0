;; After a failed HTTP call (status message not empty), proxy_get_status
;; with the message and message_len out-pointers just past the end of
;; memory.
(module
  (import "env" "proxy_http_call"
    (func $http_call (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_status" (func $get_status (param i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  {{marker}}
  (data (i32.const 16) "cluster")
  ;; pairs: :method GET, :path /, :authority host
  (data (i32.const 64) "\03\00\00\00"
    "\07\00\00\00\03\00\00\00" "\05\00\00\00\01\00\00\00" "\0a\00\00\00\04\00\00\00"
    ":method\00GET\00" ":path\00/\00" ":authority\00host\00")
  (global $bump (mut i32) (i32.const 4096))
  (func (export "{{allocator}}") (param $n i32) (result i32)
    (global.get $bump)
    (global.set $bump (i32.add (global.get $bump) (local.get $n))))
  (func (export "{{export proxy_on_vm_start}}") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32)
    (drop (call $http_call (i32.const 16) (i32.const 7) (i32.const 64) (i32.const 64)
      (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 1000) (i32.const 8)))
    (i32.const 1))
  (func (export "proxy_on_http_call_response") (param i32 i32 i32 i32 i32)
    (drop (call $get_status (i32.const 256) (i32.const 65536) (i32.const 264)))
    (drop (call $get_status (i32.const 256) (i32.const 260) (i32.const 65534)))))
