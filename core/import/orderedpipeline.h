// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace LeadPact {

// Batches from one producing thread, turned by several worker threads into results that one
// consumer takes in the order they were produced: the importer reads the file on one thread,
// parses it (dates, phones) on as many as there are cores and writes on its own thread. At
// most `window` batches are in flight between producer and consumer, whatever the file size,
// and a worker can always deliver (the window covers its batch), so nothing deadlocks.
template<typename In, typename Out>
class OrderedPipeline
{
public:
    using Input = std::vector<In>;
    using Output = std::vector<Out>;
    struct Job
    {
        std::uint64_t sequence = 0;
        Input items;
    };

    explicit OrderedPipeline(std::uint64_t window)
        : m_window(window)
    {}

    // Producer: hands over the next batch, waiting while the window is full. False when the
    // pipeline stopped (the batch is dropped).
    bool push(Input items)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_produced - m_consumed < m_window || m_stopped; });
        if (m_stopped)
            return false;
        m_jobs.push_back({m_produced++, std::move(items)});
        m_work.notify_one();
        return true;
    }
    // Producer: no more batches.
    void finishInput()
    {
        std::lock_guard lock(m_mutex);
        m_inputDone = true;
        m_work.notify_all();
        m_ready.notify_all();
    }

    // Worker: the next batch to process, or nothing when there is no more work. Frees the
    // results the consumer is done with on the way (see recycle()).
    std::optional<Job> take()
    {
        std::vector<Output> done;
        {
            std::lock_guard lock(m_mutex);
            done.swap(m_recycled);
        }
        done.clear(); // outside the lock
        std::unique_lock lock(m_mutex);
        m_work.wait(lock, [this] { return !m_jobs.empty() || m_inputDone || m_stopped; });
        if (m_stopped || m_jobs.empty())
            return std::nullopt;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        return job;
    }
    // Worker: the result of a batch taken with take().
    void deliver(std::uint64_t sequence, Output items)
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_done.emplace(sequence, std::move(items));
        if (sequence == m_consumed)
            m_ready.notify_all();
    }

    // Any thread: something failed; everyone stops and the consumer sees the first error.
    void fail(std::exception_ptr error)
    {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = error;
        stopLocked();
    }
    // Consumer: gives up (cancel, an error of its own).
    void stop()
    {
        std::lock_guard lock(m_mutex);
        stopLocked();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

    // Consumer: hands back a result it has used, for a worker to free: freeing a batch of
    // leads costs the consumer, whose thread is the slowest of the pipeline, a few per cent.
    void recycle(Output items)
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopped)
            m_recycled.push_back(std::move(items));
    }
    // Consumer: the next result in production order; empty at the end, after a stop or a
    // failure (see error()).
    Output next()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] {
            return m_stopped || m_done.count(m_consumed) != 0
                   || (m_inputDone && m_consumed == m_produced);
        });
        if (m_stopped)
            return {};
        const auto it = m_done.find(m_consumed);
        if (it == m_done.end())
            return {}; // all consumed
        Output items = std::move(it->second);
        m_done.erase(it);
        ++m_consumed;
        m_space.notify_all();
        return items;
    }
    std::exception_ptr error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    void stopLocked()
    {
        m_stopped = true;
        m_jobs.clear();
        m_done.clear();
        m_recycled.clear();
        m_space.notify_all();
        m_work.notify_all();
        m_ready.notify_all();
    }

    const std::uint64_t m_window;
    std::mutex m_mutex;
    std::condition_variable m_space; // producer waits for the window
    std::condition_variable m_work;  // workers wait for batches
    std::condition_variable m_ready; // consumer waits for the next result
    std::deque<Job> m_jobs;
    std::map<std::uint64_t, Output> m_done;
    std::vector<Output> m_recycled; // used results, freed by the next worker to take a batch
    std::uint64_t m_produced = 0;
    std::uint64_t m_consumed = 0;
    bool m_inputDone = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

} // namespace LeadPact
